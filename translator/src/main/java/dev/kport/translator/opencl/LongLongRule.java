package dev.kport.translator.opencl;

import dev.kport.translator.emit.SourceText;
import dev.kport.translator.outline.Tokens;

/** {@code long long} to {@code long}: OpenCL's {@code long} is already 64-bit and {@code long long} is reserved. */
final class LongLongRule implements ExpressionRule {

  @Override
  public void apply(SourceText text, int from, int to) {
    for (int j = from; j < to; j++) {
      if (!text.token(j).is("long")) {
        continue;
      }
      int next = Tokens.nextSignificant(text.tokens(), j + 1, to);
      if (Tokens.is(text.tokens(), next, "long")) {
        text.edits().delete(j, next);
        j = next;
      }
    }
  }
}
