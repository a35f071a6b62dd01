package dev.kport.harness.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kport.harness.run.CellResult;
import dev.kport.harness.run.Timing;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

  private static final String HTML = HtmlReport.render(ReportFixtures.report());

  /** The table row of the first cell of this kernel on this backend. */
  private static String row(String html, String kernel, String backend) {
    Matcher m = Pattern.compile("<tr class=\"cell\"[^>]*><td>" + Pattern.quote(kernel) + "</td><td>[^<]*</td><td>"
        + Pattern.quote(backend) + "</td>.*?</tr>", Pattern.DOTALL).matcher(html);
    assertThat(m.find()).as("a row for " + kernel + " on " + backend).isTrue();
    return m.group();
  }

  @Test
  void theHeadlineCarriesTheTallyAndMarksAFailedRun() {
    assertThat(HTML).contains("<h1 id=\"headline\" class=\"failed\">kport: 1 passed, 3 failed, 1 skipped, "
        + "1 known failure</h1>");
    assertThat(HTML).contains("<title>kport: 1 passed, 3 failed");
    String passing = HtmlReport.render(ReportFixtures.report().withCells(List.of(ReportFixtures.pass())));
    assertThat(passing).contains("class=\"passed\">kport: 1 passed, 0 failed, 0 skipped</h1>");
  }

  @Test
  void everyCellHasARowWithItsStatusErrorTimeAndReason() {
    assertThat(Pattern.compile("<tr class=\"cell\"").matcher(HTML).results().count())
        .isEqualTo(ReportFixtures.cells().size());
    String saxpy = row(HTML, "saxpy", "opencl");
    assertThat(saxpy).contains("data-verdict=\"pass\"").contains("<span class=\"status pass\">pass</span>")
        .contains(Timing.format(5400)).contains("1 output match");
    assertThat(row(HTML, "saxpy", "cuda")).contains("<span class=\"status skipped\">skipped</span>")
        .contains(ReportFixtures.CUDA_SKIP);
    assertThat(row(HTML, "tex_sample", "opencl")).contains("status expected_failure\">known-fail</span>");
    // the mismatch's max error is NaN's neighbour 0.5: finite pairs only
    assertThat(row(HTML, "reduce|sum", "opencl")).contains("<td class=\"num\">0.500</td>");
  }

  @Test
  void failedCellsFoldTheirStageTextsIntoDetailsAndPassingCellsHaveNone() {
    String warp = row(HTML, "warp_reduce", "opencl");
    assertThat(warp).contains("<details><summary>build: failed</summary><pre>")
        .contains("use of undeclared identifier &#39;__shfl_down_sync&#39;")
        .contains("1 error generated.").doesNotContain("\u001b");
    assertThat(row(HTML, "oob_write", "opencl")).contains("<summary>run: crashed</summary>")
        .contains("corrupted size vs. prev_size");
    assertThat(row(HTML, "reduce|sum", "opencl")).contains("<summary>outputs</summary>")
        .contains("[3] expected 3.0 got 3.5");
    assertThat(row(HTML, "saxpy", "opencl")).doesNotContain("<details>");
  }

  @Test
  void textFromARunCannotBreakOutOfThePage() {
    CellResult evil = new CellResult("<script>alert(1)</script>", "small", "opencl", ReportFixtures.DEVICE,
        ReportFixtures.failed().stages(), Map.of(), Optional.empty(), ReportFixtures.failed().verdict(),
        "a & b < c \"quoted\"");
    String html = HtmlReport.render(ReportFixtures.report().withCells(List.of(evil)));

    assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("a &amp; b &lt; c &quot;quoted&quot;").contains("&lt;source&gt;:12:5: error");
  }

  @Test
  void theTimeChartIsInlineSvgWithEveryTimedKernel() {
    String svg = between(HTML, "<figure class=\"chart\" id=\"figure-time\">", "</figure>");

    assertThat(svg).startsWith("\n<svg").contains("id='chart-time'").contains(">saxpy [small]<")
        .contains(">reduce|sum [small]<").contains("log scale");
    // only timed cells are drawn: the build failure has no bar and no label
    assertThat(svg).doesNotContain("warp_reduce");
  }

  @Test
  void eachBackendIsASeriesAndOneSizeNeedsNoSizeInTheLabels() {
    CellResult opencl = ReportFixtures.pass();
    CellResult cuda = new CellResult("saxpy", "small", "cuda", "NVIDIA H200", opencl.stages(), opencl.comparisons(),
        Optional.of(new Timing(new long[] {900}, 1_000_000)), opencl.verdict(), opencl.reason());
    String html = HtmlReport.render(ReportFixtures.report().withCells(List.of(opencl, cuda)));

    String svg = between(html, "<figure class=\"chart\" id=\"figure-time\">", "</figure>");
    assertThat(svg).contains(">opencl<").contains(">cuda<").contains(">saxpy<").doesNotContain("[small]");
    assertThat(Pattern.compile("<rect[^>]*fill:rgb\\(230,159,0\\)").matcher(svg).results().count())
        .as("a bar in the second series' colour").isEqualTo(1);
  }

  @Test
  void thePageLoadsNothingFromOutside() {
    assertThat(HTML).doesNotContain("<script").doesNotContain("<link").doesNotContain(" src=")
        .doesNotContain("url(http").doesNotContain("@import");
  }

  @Test
  void withoutBandwidthFiguresTheChartIsANote() {
    assertThat(HTML).contains("<p class=\"note\" id=\"note-bandwidth\">No cell carries a bandwidth figure")
        .doesNotContain("chart-bandwidth");
  }

  @Test
  void bandwidthFiguresBringTheSecondChart() {
    String html = HtmlReport.render(ReportFixtures.report(), c -> c.timing().isPresent()
        ? OptionalDouble.of(c.kernel().equals("saxpy") ? 72.5 : 12) : OptionalDouble.empty());

    String svg = between(html, "<figure class=\"chart\" id=\"figure-bandwidth\">", "</figure>");
    assertThat(svg).contains("id='chart-bandwidth'").contains(">saxpy [small]<").contains("measured bandwidth");
    assertThat(html).doesNotContain("note-bandwidth");
  }

  @Test
  void aRunWithNothingTimedSaysWhyThereIsNoTimeChart() {
    String html = HtmlReport.render(ReportFixtures.report().withCells(List.of(ReportFixtures.failed())));

    assertThat(html).contains("id=\"note-time\">No cell was timed").doesNotContain("<svg");
  }

  @Test
  void theBackendsSectionShowsDevicesAndWhyABackendCannotRun() {
    String backends = between(HTML, "<section id=\"backends\">", "</section>");

    assertThat(backends).contains("<b>" + ReportFixtures.DEVICE + "</b> <code>opencl:0:0</code> OpenCL 3.0 PoCL")
        .contains("unavailable</span> no NVIDIA driver: libcuda.so.1").contains("<li>nvcc 12.6</li>");
  }

  @Test
  void writeCreatesTheFolder(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("a/b").resolve(HtmlReport.FILE_NAME);
    HtmlReport.write(ReportFixtures.report(), file);

    assertThat(Files.readString(file)).isEqualTo(HTML);
  }

  private static String between(String s, String from, String to) {
    int start = s.indexOf(from);
    assertThat(start).as("%s in the page", from).isNotNegative();
    return s.substring(start + from.length(), s.indexOf(to, start));
  }
}
