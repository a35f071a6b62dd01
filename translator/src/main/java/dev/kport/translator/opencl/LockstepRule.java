package dev.kport.translator.opencl;

import dev.kport.translator.diag.Code;
import dev.kport.translator.emit.SourceText;
import dev.kport.translator.outline.Declaration;
import dev.kport.translator.outline.Tokens;

/**
 * Reports warp-synchronous code: a {@code volatile} pointer through which lanes exchange values
 * without {@code __syncwarp} (the classic {@code if (tid < 32) { s[tid] += s[tid + 32]; ... }}
 * unrolled reduction) is correct only while a warp's threads run in lockstep, which pre-Volta
 * GPUs did and OpenCL work-items never promise. The code is kept; the warning names the fix.
 */
final class LockstepRule {

  private LockstepRule() {}

  static void apply(SourceText text, Declaration.Function f) {
    if (!f.hasBody()) {
      return;
    }
    for (int j = f.bodyOpen() + 1; j < f.bodyClose(); j++) {
      if (text.token(j).is("__syncwarp") || text.token(j).is("__syncthreads")) {
        return; // the steps are ordered explicitly
      }
    }
    for (int j = f.paramsOpen() + 1; j < f.bodyClose(); j++) {
      if (text.token(j).is("volatile") && pointerFollows(text, j, f.bodyClose())) {
        text.report(Code.WARP_LOCKSTEP, j, "values passed between lanes through this volatile pointer rely on the "
            + "threads of a warp running in lockstep");
      }
    }
  }

  private static boolean pointerFollows(SourceText text, int j, int limit) {
    for (int k = Tokens.nextSignificant(text.tokens(), j + 1, limit); k >= 0 && k < limit;
        k = Tokens.nextSignificant(text.tokens(), k + 1, limit)) {
      if (text.token(k).is("*")) {
        return true;
      }
      if (!text.token(k).isIdentifier()) {
        return false;
      }
    }
    return false;
  }
}
