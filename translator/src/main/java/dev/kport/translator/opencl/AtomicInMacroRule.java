package dev.kport.translator.opencl;

import dev.kport.translator.diag.Code;
import dev.kport.translator.emit.SourceText;
import dev.kport.translator.outline.Tokens;

/**
 * Atomics are translated by the type of what they point to, which a macro body does not show:
 * an atomic call in a {@code #define} is reported rather than left for the OpenCL compiler to reject.
 */
final class AtomicInMacroRule implements ExpressionRule {

  @Override
  public void apply(SourceText text, int from, int to) {
    for (int j = from; j < to; j++) {
      if (text.token(j).isIdentifier() && AtomicRule.handles(text.token(j).text())
          && Tokens.is(text.tokens(), Tokens.nextSignificant(text.tokens(), j + 1, to), "(")) {
        text.report(Code.UNSUPPORTED_API, j, "'" + text.token(j).text() + "' inside a macro is not translated;"
            + " call it in the function body instead");
      }
    }
  }
}
