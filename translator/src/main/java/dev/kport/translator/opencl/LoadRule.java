package dev.kport.translator.opencl;

import dev.kport.translator.emit.SourceText;
import dev.kport.translator.outline.Tokens;

/**
 * {@code __ldg(p)} (a load through the read-only cache) to {@code (*(p))}: OpenCL has no such
 * cache hint, and the load itself is all the code needs.
 */
final class LoadRule implements ExpressionRule {

  @Override
  public void apply(SourceText text, int from, int to) {
    for (int j = from; j < to; j++) {
      if (!Tokens.is(text.tokens(), j, "__ldg") || ThreadIndexRule.isMember(text, j, from)) {
        continue;
      }
      int open = Tokens.nextSignificant(text.tokens(), j + 1, to);
      if (!Tokens.is(text.tokens(), open, "(")) {
        continue;
      }
      int close = Tokens.matching(text.tokens(), open, to);
      if (close >= to) {
        continue;
      }
      text.edits().replace(j, "(*");
      text.edits().insertBefore(close + 1, ")");
    }
  }
}
