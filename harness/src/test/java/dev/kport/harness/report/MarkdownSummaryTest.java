package dev.kport.harness.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kport.harness.run.CellResult;
import dev.kport.harness.run.Stage;
import dev.kport.harness.run.StageResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownSummaryTest {

  private static final String MD = MarkdownSummary.render(ReportFixtures.report());

  /** The table row that starts with this kernel's cell, split into its cells. */
  private static List<String> row(String markdown, String kernelCell) {
    String line = markdown.lines().filter(l -> l.startsWith("| " + kernelCell + " |")).findFirst()
        .orElseThrow(() -> new AssertionError("no row for " + kernelCell + " in\n" + markdown));
    // split on pipes that are not escaped, as a Markdown table does
    List<String> cells = new ArrayList<>();
    for (String c : line.substring(1, line.length() - 1).split("(?<!\\\\)\\|")) {
      cells.add(c.strip());
    }
    return cells;
  }

  @Test
  void theHeadlineCarriesTheTallyAndSaysWhetherTheRunFailed() {
    String headline = MD.lines().findFirst().orElseThrow();

    assertThat(headline).startsWith("## ❌").contains(ResultTable.tally(ReportFixtures.cells()));
    assertThat(headline).contains("1 passed, 3 failed, 1 skipped, 1 known failure");
    assertThat(MarkdownSummary.render(ReportFixtures.report().withCells(List.of(ReportFixtures.pass()))))
        .startsWith("## ✅ kport: 1 passed, 0 failed, 0 skipped");
  }

  @Test
  void oneTablePerSizeWithBackendsAcrossAndAMarkPerCell() {
    assertThat(MD).contains("### Size `small`").contains("### Size `large`");
    assertThat(MD).contains("| kernel | opencl | cuda |");
    assertThat(row(MD, "saxpy")).containsExactly("saxpy", "✅ 5.4 µs", "⏭️ skipped");
    assertThat(row(MD, "warp_reduce")).containsExactly("warp_reduce", "❌ build failed", "–");
    assertThat(row(MD, "oob_write")).containsExactly("oob_write", "💥 crashed", "–");
    assertThat(row(MD, "tex_sample")).containsExactly("tex_sample", "☑️ known failure", "–");
  }

  @Test
  void aPipeInAKernelNameDoesNotSplitItsRow() {
    List<String> cells = row(MD, "reduce\\|sum");

    assertThat(cells).containsExactly("reduce\\|sum", "❌ mismatch", "–");
  }

  @Test
  void skipReasonsAreListedOncePerBackendAndReason() {
    List<CellResult> cells = new ArrayList<>(ReportFixtures.cells());
    CellResult skip = ReportFixtures.skipped();
    cells.add(new CellResult("vecadd", skip.size(), skip.backend(), skip.device(), skip.stages(), Map.of(),
        Optional.empty(), skip.verdict(), skip.reason()));
    String md = MarkdownSummary.render(ReportFixtures.report().withCells(cells));

    assertThat(md).containsOnlyOnce(ReportFixtures.CUDA_SKIP).contains(ReportFixtures.CUDA_SKIP + " (2 cells)");
  }

  @Test
  void failuresShowComparisonsAndTheStartOfTheBuildLog() {
    String failures = MD.substring(MD.indexOf("### Failures"));

    assertThat(failures).contains("#### ❌ `reduce|sum[small] on opencl`: mismatch")
        .contains("- `out`: 2 of 8 elements differ (25%)")
        .contains("first mismatches: [3] expected 3.0 got 3.5, [7] expected 7.0 got NaN");
    assertThat(failures).contains("**build: failed**")
        .contains("use of undeclared identifier '__shfl_down_sync'")
        .contains("line 20\n… 2 more lines in results.json")
        .doesNotContain("line 21")
        .doesNotContain("\u001b");
    assertThat(failures).contains("#### 💥 `oob_write[small] on opencl`: crashed").contains("SIGSEGV");
    assertThat(failures).doesNotContain("saxpy");
  }

  @Test
  void backticksInALogCannotCloseItsCodeBlock() {
    // the fixture's log holds ``` so the block must open with a longer fence and close with the same
    String failures = MD.substring(MD.indexOf("**build: failed**"));

    assertThat(failures).contains("\n````text\n").contains("hint: a | b ``` is not a fence");
    int open = failures.indexOf("````text");
    assertThat(failures.indexOf("\n````\n", open)).isGreaterThan(failures.indexOf("line 20"));
  }

  @Test
  void manyFailuresAreCappedWithACount() {
    List<CellResult> cells = new ArrayList<>();
    CellResult crash = ReportFixtures.crashed();
    for (int i = 0; i < MarkdownSummary.FAILURES_SHOWN + 4; i++) {
      cells.add(new CellResult("k" + i, crash.size(), crash.backend(), crash.device(),
          Map.of(Stage.RUN, new StageResult.Crashed("signal 11")), Map.of(), Optional.empty(), crash.verdict(),
          crash.reason()));
    }
    String md = MarkdownSummary.render(ReportFixtures.report().withCells(cells));

    assertThat(md).contains("…and 4 more failing cells").contains("`k24[small] on opencl`")
        .doesNotContain("`k25[small] on opencl`");
  }

  @Test
  void appendingKeepsWhatOtherStepsWrote(@TempDir Path dir) throws Exception {
    Path summary = dir.resolve("step-summary.md");
    Files.writeString(summary, "# Build\n\nok\n\n");

    MarkdownSummary.append(ReportFixtures.report(), summary);

    assertThat(Files.readString(summary)).startsWith("# Build\n\nok\n\n## ❌ kport:");
  }
}
