package dev.kport.harness.cli;

import dev.kport.harness.report.BenchTable;
import dev.kport.harness.report.Regressions;
import dev.kport.harness.report.ResultTable;
import dev.kport.harness.report.ResultsFormatException;
import dev.kport.harness.report.ResultsJson;
import dev.kport.harness.report.RunReport;
import dev.kport.harness.run.CellResult;
import dev.kport.harness.spec.KernelSpec;
import dev.kport.harness.spec.SpecException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kport bench}: timing first: medians, spread, GB/s against the device's measured bandwidth. */
@Command(
    name = "bench",
    header = "Time kernels: median, spread, GB/s, %% of measured bandwidth, baseline.",
    mixinStandardHelpOptions = true,
    description = 
        "Time kernels on every available backend: after each cell is checked, repeat its steps until the "
        + "time budget is spent and print median, min, p90 and spread of the device time, GB/s and GFLOP/s "
        + "from the spec's metrics, and GB/s as a percentage of the device's measured bandwidth (a "
        + "STREAM-triad-like probe, run once per device and cached in ~/.cache/kport). --baseline compares "
        + "with an earlier run's results.json and flags a cell as slower only when the change exceeds the "
        + "noise of both runs. A kernel folder's hand-written versions, variants/NAME.cl, run beside the "
        + "translation (launched through its kernel interface, checked like it) so the cost of translating "
        + "instead of hand-porting is a number.",
    footer = {"", "Exit codes: 0 all good; 1 a failed check, or a regression with --fail-on-regression;",
        "            2 a usage or spec error."})
public final class BenchCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  SpecPaths paths;

  @Mixin
  RunMixin run;

  @Option(names = "--baseline", paramLabel = "RESULTS",
      description = "An earlier run's results.json (from --report) to compare medians with.")
  Path baseline;

  @Option(names = "--fail-on-regression", description = "Exit 1 when a cell is slower than the baseline beyond noise.")
  boolean failOnRegression;

  @Option(names = "--no-variants", description = "Skip the hand-written variants/NAME.cl files that kernel folders "
      + "may carry (by default each runs beside the translation, as column opencl:NAME).")
  boolean noVariants;

  @Override
  public Integer call() throws SpecException, IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!spec.commandLine().getParseResult().hasMatchedOption("--time-budget")) {
      run.timeBudgetMs = 1000; // bench is about time: a longer budget than run's by default
    }
    run.variants = !noVariants;
    Optional<RunReport> base = readBaseline();
    List<KernelSpec> specs = paths.load(run.sizes, err);
    RunReport report = RunCommand.runSuite(specs, run, Optional.empty(),
        spec.commandLine().getParseResult().originalArgs(), err);
    Map<CellResult, Regressions.Delta> deltas = base.map(b -> Regressions.compare(report.cells(), b.cells()))
        .orElse(Map.of());
    BenchTable.print(report.cells(), deltas, out);
    ResultTable.printFailures(report.cells(), out);
    RunCommand.writeReports(report, run, err);
    long regressions = deltas.values().stream().filter(Regressions.Delta::regression).count();
    if (base.isPresent()) {
      out.println(regressions == 0 ? "no regression against " + baseline
          : regressions + " regression" + (regressions == 1 ? "" : "s") + " against " + baseline);
    }
    int code = RunCommand.exitCode(report.cells(), err);
    return code == Main.EXIT_OK && failOnRegression && regressions > 0 ? Main.EXIT_FAILED : code;
  }

  private Optional<RunReport> readBaseline() {
    if (baseline == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(ResultsJson.read(baseline));
    } catch (IOException e) {
      throw new UsageException("--baseline " + baseline + ": cannot read: " + e.getMessage());
    } catch (ResultsFormatException e) {
      throw new UsageException("--baseline: " + e.getMessage());
    }
  }
}
