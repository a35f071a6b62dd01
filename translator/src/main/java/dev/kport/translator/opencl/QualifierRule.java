package dev.kport.translator.opencl;

import dev.kport.translator.outline.Tokens;
import dev.kport.translator.emit.SourceText;

/** {@code __restrict__} and {@code __restrict} to C99's {@code restrict}, which OpenCL C spells the same. */
final class QualifierRule implements ExpressionRule {

  @Override
  public void apply(SourceText text, int from, int to) {
    for (int j = from; j < to; j++) {
      if (Tokens.is(text.tokens(), j, "__restrict__") || Tokens.is(text.tokens(), j, "__restrict")) {
        text.edits().replace(j, "restrict");
      }
    }
  }
}
