package dev.kport.harness.cli;

import dev.kport.harness.report.HtmlReport;
import dev.kport.harness.report.JUnitXml;
import dev.kport.harness.report.MarkdownSummary;
import dev.kport.harness.report.ResultsFormatException;
import dev.kport.harness.report.ResultsJson;
import dev.kport.harness.report.ResultsMerge;
import dev.kport.harness.report.RunReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kport report}: makes reports again from results.json files alone, on any machine, with
 * no device: HTML with charts, a Markdown summary, JUnit XML, or one merged results.json. Several
 * inputs (shards of a suite, runs on several machines) are merged first.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
    header = "Make HTML, Markdown or JUnit reports from results.json; merge runs.",
    description = 
        "Make reports from results.json files written by kport run/check --report. Several files are "
        + "merged first: their cells must not overlap.",
    subcommands = {ReportCommand.Html.class, ReportCommand.Markdown.class, ReportCommand.Junit.class,
        ReportCommand.Merge.class},
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:the report was written",
        "2:an input is missing or not a kport results file, two inputs hold the same cell, or an option is wrong"})
public final class ReportCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a report is needed: html, md, junit or merge");
  }

  /** What every subcommand shares: reading and merging the inputs, writing the output. */
  abstract static class Base implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "RESULTS", description = "results.json files, or report folders "
        + "holding one (kport run/check --report DIR). Several are merged, cells sorted by kernel, size, backend "
        + "and device.")
    List<Path> inputs = new ArrayList<>();

    @Spec
    CommandSpec spec;

    /** The report as text. */
    abstract String render(RunReport report);

    /** Where the report goes; standard output when absent. */
    abstract Path output();

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      RunReport report;
      try {
        report = ResultsMerge.read(inputs.stream().map(Base::resultsFile).toList());
      } catch (ResultsFormatException e) {
        return fail(err, e.getMessage());
      } catch (NoSuchFileException e) {
        return fail(err, "no such file: " + e.getFile());
      } catch (IOException e) {
        return fail(err, "cannot read results: " + e.getMessage());
      }
      String text = render(report);
      Path out = output();
      if (out == null) {
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(text);
        stdout.flush();
        return Main.EXIT_OK;
      }
      try {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        Files.writeString(out, text);
      } catch (IOException e) {
        return fail(err, "cannot write " + out + ": " + e.getMessage());
      }
      err.println("kport: wrote " + out);
      err.flush();
      return Main.EXIT_OK;
    }

    /** A report folder stands for the results.json in it, as kport run --report DIR wrote it. */
    private static Path resultsFile(Path input) {
      return Files.isDirectory(input) ? input.resolve(ResultsJson.FILE_NAME) : input;
    }

    private int fail(PrintWriter err, String message) {
      err.println("kport report " + spec.name() + ": " + message);
      err.flush();
      return Main.EXIT_USAGE;
    }
  }

  /** A format that may go to standard output. */
  abstract static class ToFileOrStdout extends Base {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
        description = "Write the report to FILE (folders are created) instead of standard output.")
    Path output;

    private final Function<RunReport, String> format;

    ToFileOrStdout(Function<RunReport, String> format) {
      this.format = format;
    }

    @Override
    String render(RunReport report) {
      return format.apply(report);
    }

    @Override
    Path output() {
      return output;
    }
  }

  @Command(name = "html", mixinStandardHelpOptions = true,
      description = {"One self-contained HTML page: the tally, the backends and devices found, charts of median "
          + "time (and of bandwidth, where cells carry it) per kernel and backend, and a table of every cell "
          + "with its status, reason and failure details. It needs no network to view."})
  static final class Html extends ToFileOrStdout {
    Html() {
      super(HtmlReport::render);
    }
  }

  @Command(name = "md", mixinStandardHelpOptions = true,
      description = {"A Markdown summary sized for a CI job summary ($GITHUB_STEP_SUMMARY): the tally, a table "
          + "per size, skip reasons and each failure's details."})
  static final class Markdown extends ToFileOrStdout {
    Markdown() {
      super(MarkdownSummary::render);
    }
  }

  @Command(name = "junit", mixinStandardHelpOptions = true,
      description = {"JUnit XML for CI test views: one test case per cell, failures with their details."})
  static final class Junit extends ToFileOrStdout {
    Junit() {
      super(JUnitXml::render);
    }
  }

  @Command(name = "merge", mixinStandardHelpOptions = true,
      description = {"Join results.json files (shards of one suite, or runs on several machines) into one. "
          + "Backends are united; cells are sorted by kernel, size, backend and device, so shards merged equal "
          + "the suite run whole. A cell held by two inputs is an error naming both."})
  static final class Merge extends Base {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true,
        description = "The merged results.json to write (folders are created).")
    Path output;

    @Override
    String render(RunReport report) {
      return ResultsJson.toJson(report);
    }

    @Override
    Path output() {
      return output;
    }
  }
}
