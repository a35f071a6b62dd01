package dev.kport.harness.cli;

import dev.kport.harness.spec.KernelSpec;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Parameters;

/** The kernel folders or spec files a command works on, shared by every command that runs specs. */
public final class SpecPaths {

  @Parameters(arity = "1..*", paramLabel = "DIR|SPEC",
      description = "Kernel folders (every kernel.yaml below, target/ and hidden folders skipped) or kernel.yaml files.")
  List<Path> paths;

  /** Every spec named, loaded and checked; all spec errors are printed before the one that ends the command. */
  List<KernelSpec> load(List<String> sizes, PrintWriter err) {
    return SpecSet.load(paths, sizes, err);
  }
}
