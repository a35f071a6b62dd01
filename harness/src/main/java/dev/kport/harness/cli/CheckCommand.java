package dev.kport.harness.cli;

import dev.kport.harness.spec.KernelSpec;
import dev.kport.harness.spec.SpecException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kport check}: {@code run} for CI, always leaving machine-readable results behind. */
@Command(
    name = "check",
    header = "CI mode: run, then write results.json, junit.xml and summary.md.",
    mixinStandardHelpOptions = true,
    description = 
        "CI mode: like 'run', and always writes results.json, junit.xml (one testcase per kernel x size x "
        + "backend, skipped cells marked skipped with the reason) and summary.md (appended to "
        + "$GITHUB_STEP_SUMMARY when set) into the --report folder (default: kport-report).",
    footer = {"", "Exit codes: 0 every comparison passed; 1 a mismatch, failure or crash, or nothing could run;",
        "            2 a usage or spec error."})
public final class CheckCommand implements Callable<Integer> {

  static final Path DEFAULT_REPORT_DIR = Path.of("kport-report");

  @Spec
  CommandSpec spec;

  @Mixin
  SpecPaths paths;

  @Mixin
  RunMixin run;

  @Option(names = "--golden", paramLabel = "DIR",
      description = "Compare with the outputs 'kport record' wrote into DIR instead of each spec's reference; "
          + "the recorded inputs must be the ones the spec makes now.")
  Path golden;

  @Override
  public Integer call() throws SpecException, IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (run.reportDir == null) {
      run.reportDir = DEFAULT_REPORT_DIR;
    }
    List<KernelSpec> specs = paths.load(run.sizes, err);
    return RunCommand.execute(specs, run, Optional.ofNullable(golden), spec.commandLine().getParseResult().originalArgs(), out, err);
  }
}
