package dev.kport.translator.opencl;

import dev.kport.translator.diag.Code;
import dev.kport.translator.emit.SourceText;
import dev.kport.translator.lex.TokenKind;

/** A {@code <<<...>>>} launch inside device code (dynamic parallelism) has no OpenCL 1.2 counterpart. */
final class DeviceLaunchRule implements ExpressionRule {

  @Override
  public void apply(SourceText text, int from, int to) {
    for (int j = from; j < to; j++) {
      if (text.token(j).kind() == TokenKind.LAUNCH_OPEN) {
        text.report(Code.UNSUPPORTED_API, j, "a kernel launch in device code (dynamic parallelism) has no OpenCL C 1.2"
            + " translation");
      }
    }
  }
}
