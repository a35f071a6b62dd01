package dev.kport.translator.opencl;

import dev.kport.translator.diag.Code;
import dev.kport.translator.emit.SourceText;
import dev.kport.translator.lex.TokenKind;
import java.util.Set;

/**
 * Device-code syntax with no OpenCL C 1.2 counterpart, reported where it stands: a
 * {@code <<<...>>>} launch in device code (dynamic parallelism) and inline PTX assembly.
 */
final class UnsupportedSyntaxRule implements ExpressionRule {

  private static final Set<String> ASSEMBLY = Set.of("asm", "__asm__", "__asm");

  @Override
  public void apply(SourceText text, int from, int to) {
    for (int j = from; j < to; j++) {
      TokenKind kind = LexedTokens.kind(text.tokens(), j);
      if (kind == TokenKind.LAUNCH_OPEN) {
        text.report(Code.UNSUPPORTED_API, j, "a kernel launch in device code (dynamic parallelism) has no OpenCL C 1.2"
            + " translation");
      } else if (kind == TokenKind.IDENTIFIER && ASSEMBLY.contains(text.token(j).text())) {
        text.report(Code.UNSUPPORTED_API, j, "inline PTX assembly cannot run on OpenCL devices");
      }
    }
  }
}
