package dev.kport.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kport.harness.backend.BackendProbe;
import dev.kport.harness.backend.DeviceInfo;
import dev.kport.harness.report.MarkdownSummary;
import dev.kport.harness.report.ResultsJson;
import dev.kport.harness.report.RunReport;
import dev.kport.harness.run.CellResult;
import dev.kport.harness.run.Stage;
import dev.kport.harness.run.StageResult;
import dev.kport.harness.run.Timing;
import dev.kport.harness.run.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

  private static final String DEVICE = "pocl-cpu";

  private static CellResult pass(String kernel) {
    return new CellResult(kernel, "small", "opencl", DEVICE, Map.of(Stage.RUN, new StageResult.Ok("")), Map.of(),
        Optional.of(new Timing(new long[] {12_000, 11_000, 13_000}, 1_000_000)), Verdict.PASS, "1 output match");
  }

  private static CellResult failed(String kernel) {
    return new CellResult(kernel, "small", "opencl", DEVICE,
        Map.of(Stage.TRANSLATE, new StageResult.Failed("x.cu:3:1: error: no OpenCL for __shfl_sync [KP2040]")),
        Map.of(), Optional.empty(), Verdict.FAILED, "translation failed");
  }

  /** A results.json holding these cells, as kport check --report DIR/NAME writes it. */
  private static Path results(Path dir, String name, CellResult... cells) throws Exception {
    RunReport r = new RunReport(RunReport.SCHEMA_VERSION, "0.1.0-test", Instant.parse("2026-11-29T11:00:00Z"),
        "runner", List.of("check", "kernels/"),
        List.of(BackendProbe.available("opencl", List.of(new DeviceInfo("opencl", "opencl:0:0", DEVICE, "PoCL")),
            List.of())), List.of(cells));
    Path file = dir.resolve(name).resolve(ResultsJson.FILE_NAME);
    ResultsJson.write(r, file);
    return file;
  }

  @Test
  void htmlWritesOnePageWithEveryCellOfEveryInput(@TempDir Path dir) throws Exception {
    Path a = results(dir, "a", pass("saxpy"));
    Path b = results(dir, "b", failed("warp_vote"));
    Path out = dir.resolve("site/report.html");

    Cli r = Cli.run("report", "html", a.toString(), b.toString(), "-o", out.toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).contains("wrote " + out);
    String html = Files.readString(out);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("kport: 1 passed, 1 failed, 0 skipped")
        .contains("<td>saxpy</td>").contains("<td>warp_vote</td>").contains("id='chart-time'")
        .contains("no OpenCL for __shfl_sync");
  }

  @Test
  void mdPrintsTheSummaryOnStandardOutputAndTakesAReportFolder(@TempDir Path dir) throws Exception {
    Path a = results(dir, "a", pass("saxpy"), failed("warp_vote"));

    Cli r = Cli.run("report", "md", a.getParent().toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("## ❌ kport: 1 passed, 1 failed, 0 skipped")
        .isEqualTo(MarkdownSummary.render(ResultsJson.read(a)));
  }

  @Test
  void junitWritesATestCasePerCell(@TempDir Path dir) throws Exception {
    Path a = results(dir, "a", pass("saxpy"), failed("warp_vote"));
    Path out = dir.resolve("junit.xml");

    Cli r = Cli.run("report", "junit", a.toString(), "--output", out.toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    String xml = Files.readString(out);
    assertThat(xml).startsWith("<?xml").contains("saxpy[small]").contains("warp_vote[small]").contains("<failure");
  }

  @Test
  void mergeJoinsShardsIntoOneSortedResultsFile(@TempDir Path dir) throws Exception {
    Path one = results(dir, "1", pass("vector_add"), failed("bitonic_sort"));
    Path two = results(dir, "2", pass("saxpy"));
    Path whole = results(dir, "whole", pass("vector_add"), failed("bitonic_sort"), pass("saxpy"));
    Path out = dir.resolve("merged/results.json");

    Cli r = Cli.run("report", "merge", two.toString(), one.toString(), "-o", out.toString());
    Cli again = Cli.run("report", "merge", whole.toString(), "-o", dir.resolve("again.json").toString());

    assertThat(r.exitCode()).as(r.err()).isZero();
    RunReport merged = ResultsJson.read(out);
    assertThat(merged.cells()).extracting(CellResult::kernel).containsExactly("bitonic_sort", "saxpy", "vector_add");
    assertThat(again.exitCode()).isZero();
    assertThat(Files.readString(out)).isEqualTo(Files.readString(dir.resolve("again.json")));
  }

  @Test
  void overlappingInputsAreOneLineNamingBothAndExitCode2(@TempDir Path dir) throws Exception {
    Path a = results(dir, "a", pass("saxpy"));
    Path b = results(dir, "b", pass("saxpy"));

    Cli r = Cli.run("report", "merge", a.toString(), b.toString(), "-o", dir.resolve("m.json").toString());

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("kport report merge: " + a + " and " + b + " both hold saxpy[small] on "
        + "opencl (" + DEVICE + "): merge results that do not overlap");
    assertThat(dir.resolve("m.json")).doesNotExist();
  }

  @Test
  void aFileThatIsNotResultsIsOneLineAndExitCode2(@TempDir Path dir) throws Exception {
    Path junk = dir.resolve("junk.json");
    Files.writeString(junk, "{ not json");

    Cli r = Cli.run("report", "html", junk.toString());

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().strip()).startsWith("kport report html: " + junk + ": not JSON at line 1").doesNotContain("\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aMissingFileIsOneLineAndExitCode2(@TempDir Path dir) {
    Cli r = Cli.run("report", "junit", dir.resolve("nope.json").toString());

    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("kport report junit: no such file: " + dir.resolve("nope.json"));
  }

  @Test
  void mergeNeedsAnOutputAndReportNeedsAFormat(@TempDir Path dir) throws Exception {
    Path a = results(dir, "a", pass("saxpy"));

    Cli noOutput = Cli.run("report", "merge", a.toString());
    Cli noFormat = Cli.run("report");

    assertThat(noOutput.exitCode()).isEqualTo(2);
    assertThat(noOutput.err()).contains("Missing required option: '--output=FILE'");
    assertThat(noFormat.exitCode()).isEqualTo(2);
    assertThat(noFormat.err()).contains("a report is needed: html, md, junit or merge");
  }
}
