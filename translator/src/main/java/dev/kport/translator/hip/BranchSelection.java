package dev.kport.translator.hip;

import dev.kport.translator.TranslateOptions;
import dev.kport.translator.diag.Code;
import dev.kport.translator.diag.Diagnostic;
import dev.kport.translator.lex.Token;
import dev.kport.translator.preprocess.Preprocessor;
import dev.kport.translator.preprocess.PreprocessorView;
import dev.kport.translator.preprocess.Region;
import java.nio.file.Path;
import java.util.List;

/**
 * Which tokens the HIP translation touches. By default all of them: users port the whole file,
 * every {@code #if} branch included. With {@code --active-branches-only}, only code that nvcc
 * compiles under the given {@code -D} values, in its host pass ({@code __CUDA_ARCH__} undefined)
 * or its device pass ({@code __CUDA_ARCH__} defined): a branch inactive in both stays as written.
 */
final class BranchSelection {

  /** nvcc's device pass for the default architecture (sm_52 in CUDA 12). */
  private static final int DEVICE_PASS_ARCH = 520;

  private final PreprocessorView host;
  private final PreprocessorView device;

  private BranchSelection(PreprocessorView host, PreprocessorView device) {
    this.host = host;
    this.device = device;
  }

  static BranchSelection everything() {
    return new BranchSelection(null, null);
  }

  static BranchSelection of(Path file, List<Token> tokens, TranslateOptions options) {
    if (!options.activeBranchesOnly()) {
      return everything();
    }
    PreprocessorView host = Preprocessor.run(file, tokens,
        new Preprocessor.Config(options.includeDirs(), options.defines(), 0));
    PreprocessorView device = Preprocessor.run(file, tokens,
        new Preprocessor.Config(options.includeDirs(), options.defines(), DEVICE_PASS_ARCH));
    return new BranchSelection(host, device);
  }

  boolean translates(int tokenIndex) {
    return host == null || host.isActive(tokenIndex) || device.isActive(tokenIndex);
  }

  /** One note per branch left as written, at its first line. */
  void report(String file, List<Diagnostic> diagnostics) {
    if (host == null) {
      return;
    }
    for (Region r : host.inactiveRegions()) {
      if (r.firstToken() <= r.lastToken() && !device.isActive(r.firstToken())) {
        diagnostics.add(Code.HIP_INACTIVE_BRANCH_KEPT.at(file, r.firstLine(), 1, "lines " + r.firstLine() + "-"
            + r.lastLine() + " (under " + r.condition().strip() + ") were left as written"));
      }
    }
  }
}
