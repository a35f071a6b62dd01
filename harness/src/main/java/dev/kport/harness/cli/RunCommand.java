package dev.kport.harness.cli;

import dev.kport.harness.report.MarkdownSummary;
import dev.kport.harness.report.ReportFolder;
import dev.kport.harness.report.ResultTable;
import dev.kport.harness.report.RunReport;
import dev.kport.harness.run.CellResult;
import dev.kport.harness.run.OpenClCells;
import dev.kport.harness.run.ProgressListener;
import dev.kport.harness.run.RunOptions;
import dev.kport.harness.run.SuiteRunner;
import dev.kport.harness.run.Verdict;
import dev.kport.harness.spec.KernelSpec;
import dev.kport.harness.spec.SpecException;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kport run}: every spec on every asked backend, a table of results. */
@Command(
    name = "run",
    header = "Translate, build, run and check kernels on every backend; print a table.",
    mixinStandardHelpOptions = true,
    description = 
        "Translate, build, run and check kernels on every available backend, and print one row per kernel "
        + "x size x backend: status, largest error, median device time. A DIR runs every kernel.yaml below "
        + "it (target/ and hidden folders are skipped).",
    footer = {"", "Exit codes: 0 every cell that ran passed; 1 a mismatch or failure, or nothing could run;",
        "            2 a usage or spec error."})
public final class RunCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  SpecPaths paths;

  @Mixin
  RunMixin run;

  @Override
  public Integer call() throws SpecException, IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<KernelSpec> specs = paths.load(run.sizes, err);
    return execute(specs, run, Optional.empty(), spec.commandLine().getParseResult().originalArgs(), out, err);
  }

  /** Runs specs and prints the table; shared with {@code demo}. */
  static int execute(List<KernelSpec> specs, RunMixin run, Optional<Path> golden, List<String> args, PrintWriter out,
      PrintWriter err) throws SpecException, IOException {
    RunReport report = runSuite(specs, run, golden, args, err);
    ResultTable.print(report.cells(), out);
    ResultTable.printFailures(report.cells(), out);
    writeReports(report, run, err);
    return exitCode(report.cells(), err);
  }

  /** Runs every spec on every asked backend, showing progress on stderr unless quiet. */
  static RunReport runSuite(List<KernelSpec> specs, RunMixin run, Optional<Path> golden, List<String> args,
      PrintWriter err) throws SpecException {
    RunOptions options = run.options();
    Instant started = Instant.now();
    try (OpenClCells openCl = run.openClCells(golden)) {
      SuiteRunner runner = new SuiteRunner(options, run.quiet ? ProgressListener.NONE : new StderrProgress(err), openCl);
      List<CellResult> cells = runner.run(run.shard().select(specs));
      return RunReport.of(Version.current(), started, args, new ArrayList<>(runner.probes().values()), cells);
    }
  }

  /** --report DIR and $GITHUB_STEP_SUMMARY. */
  static void writeReports(RunReport report, RunMixin run, PrintWriter err) throws IOException {
    if (run.reportDir != null) {
      List<Path> written = ReportFolder.write(report, run.reportDir);
      err.println("kport: wrote " + String.join(", ", written.stream().map(Path::toString).toList()));
    }
    String summary = System.getenv("GITHUB_STEP_SUMMARY");
    if (summary != null && !summary.isBlank()) {
      MarkdownSummary.append(report, Path.of(summary));
    }
  }

  /** 1 when a cell failed or nothing could be checked at all, else 0. */
  static int exitCode(List<CellResult> cells, PrintWriter err) {
    boolean anyFailed = cells.stream().anyMatch(c -> c.verdict().fails());
    boolean anyChecked = cells.stream().anyMatch(c -> c.verdict() == Verdict.PASS || c.verdict() == Verdict.MISMATCH
        || c.verdict() == Verdict.EXPECTED_FAILURE);
    if (!anyChecked && !anyFailed) {
      err.println("kport: nothing was checked: no asked backend can run here (see 'kport devices')");
      return Main.EXIT_FAILED;
    }
    return anyFailed ? Main.EXIT_FAILED : Main.EXIT_OK;
  }

  /** Prints the run: one line per cell as it starts, with its position and the time so far. */
  static final class StderrProgress implements ProgressListener {
    private final PrintWriter err;
    private final long start = System.nanoTime();

    StderrProgress(PrintWriter err) {
      this.err = err;
    }

    @Override
    public void starting(int index, int total, String kernel, String size, String backend) {
      err.printf("[%d/%d %5.1fs] %s [%s] on %s%n", index, total, (System.nanoTime() - start) / 1e9, kernel, size, backend);
      err.flush();
    }

    @Override
    public void finished(CellResult cell) {}
  }
}
