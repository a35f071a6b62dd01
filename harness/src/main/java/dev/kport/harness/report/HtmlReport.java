package dev.kport.harness.report;

import dev.kport.harness.backend.BackendProbe;
import dev.kport.harness.backend.DeviceInfo;
import dev.kport.harness.run.CellResult;
import dev.kport.harness.run.Timing;
import dev.kport.harness.run.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A run as one self-contained HTML page: the tally, what each backend found, charts of time and
 * bandwidth per kernel and backend, and a table of every cell with its status, reason and, for
 * cells that did not pass, what each stage said. Styles and charts (inline SVG) are in the file
 * itself, so the page opens from a CI artifact with no network and nothing beside it.
 *
 * <p>Written by hand rather than from a template: the page is a handful of loops, and every
 * piece of text from a run goes through {@link #text}, the one place that escapes.
 */
public final class HtmlReport {

  /** The file name {@code kport report html} suggests. */
  public static final String FILE_NAME = "report.html";

  /** Lines of one stage's text shown in a cell's details; results.json holds the rest. */
  static final int LOG_LINES = 200;

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
      .withZone(ZoneOffset.UTC);

  private HtmlReport() {}

  public static void write(RunReport report, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, render(report), StandardCharsets.UTF_8);
  }

  public static String render(RunReport report) {
    return render(report, ReportCharts.FROM_TIMING);
  }

  /** With another source of bandwidth figures: how tests show the bandwidth chart appearing. */
  static String render(RunReport report, ReportCharts.BandwidthSource bandwidth) {
    List<CellResult> cells = report.cells();
    boolean failed = cells.stream().anyMatch(c -> c.verdict().fails());
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>kport: ").append(text(ResultTable.tally(cells))).append("</title>\n")
        .append("<style>\n").append(HtmlStyle.CSS).append("</style>\n</head>\n<body>\n");
    h.append("<header>\n<h1 id=\"headline\" class=\"").append(failed ? "failed" : "passed").append("\">kport: ")
        .append(text(ResultTable.tally(cells))).append("</h1>\n");
    h.append("<p class=\"run\">kport ").append(text(report.kportVersion())).append(" on <code>")
        .append(text(report.host())).append("</code>, ").append(WHEN.format(report.startedAt()));
    if (!report.args().isEmpty()) {
      h.append(": <code>kport ").append(text(String.join(" ", report.args()))).append("</code>");
    }
    h.append("</p>\n").append(counts(cells)).append("</header>\n");
    probes(report.probes(), h);
    charts(cells, bandwidth, h);
    cellTable(cells, h);
    h.append("</body>\n</html>\n");
    return h.toString();
  }

  /** One coloured count per verdict that occurs, so the mix is visible at a glance. */
  private static String counts(List<CellResult> cells) {
    StringBuilder s = new StringBuilder("<p class=\"counts\">");
    for (Verdict v : Verdict.values()) {
      long n = cells.stream().filter(c -> c.verdict() == v).count();
      if (n > 0) {
        s.append(badge(v)).append(" ").append(n).append(" ");
      }
    }
    return s.append("</p>\n").toString();
  }

  private static void probes(List<BackendProbe> probes, StringBuilder h) {
    h.append("<section id=\"backends\">\n<h2>Backends</h2>\n");
    if (probes.isEmpty()) {
      h.append("<p class=\"note\">No backend was probed.</p>\n</section>\n");
      return;
    }
    h.append("<table class=\"probes\">\n<thead><tr><th>backend</th><th>state</th><th>devices</th><th>notes</th>")
        .append("</tr></thead>\n<tbody>\n");
    for (BackendProbe p : probes) {
      h.append("<tr><td>").append(text(p.backend())).append("</td><td>");
      h.append(p.canRun() ? "<span class=\"state available\">available</span>"
          : "<span class=\"state unavailable\">unavailable</span> "
              + text(p.unavailable().orElse("no devices")));
      h.append("</td><td><ul>");
      for (DeviceInfo d : p.devices()) {
        h.append("<li><b>").append(text(d.name())).append("</b> <code>").append(text(d.id())).append("</code> ")
            .append(text(d.detail())).append("</li>");
      }
      h.append("</ul></td><td><ul>");
      p.notes().forEach(n -> h.append("<li>").append(text(n)).append("</li>"));
      h.append("</ul></td></tr>\n");
    }
    h.append("</tbody>\n</table>\n</section>\n");
  }

  private static void charts(List<CellResult> cells, ReportCharts.BandwidthSource bandwidth, StringBuilder h) {
    h.append("<section id=\"charts\">\n<h2>Time</h2>\n");
    figure(safely(() -> ReportCharts.timeChart(cells)), "time",
        "No cell was timed: timing runs only for cells whose outputs were compared.", h);
    h.append("<h2>Bandwidth</h2>\n");
    figure(safely(() -> ReportCharts.bandwidthChart(cells, bandwidth)), "bandwidth",
        "No cell carries a bandwidth figure: it needs a spec with metrics.bytes and a device whose bandwidth "
            + "was measured.", h);
    h.append("</section>\n");
  }

  private static void figure(Chart chart, String name, String whenEmpty, StringBuilder h) {
    if (chart.svg().isPresent()) {
      h.append("<figure class=\"chart\" id=\"figure-").append(name).append("\">\n").append(chart.svg().get())
          .append("\n</figure>\n");
    } else {
      h.append("<p class=\"note\" id=\"note-").append(name).append("\">")
          .append(text(chart.problem().orElse(whenEmpty))).append("</p>\n");
    }
  }

  /** A chart, or why there is none. */
  private record Chart(Optional<String> svg, Optional<String> problem) {}

  /**
   * Charts need Java's font machinery; on a JDK without fonts it fails, and the page is still
   * worth having without its charts.
   */
  private static Chart safely(java.util.function.Supplier<Optional<String>> draw) {
    try {
      return new Chart(draw.get(), Optional.empty());
    } catch (RuntimeException | LinkageError | InternalError | java.awt.AWTError e) {
      return new Chart(Optional.empty(), Optional.of("The chart could not be drawn on this machine (" + e
          + "); install fonts (fontconfig, fonts-dejavu) for Java and make the report again."));
    }
  }

  private static void cellTable(List<CellResult> cells, StringBuilder h) {
    h.append("<section id=\"cells\">\n<h2>Every cell</h2>\n");
    h.append("<table id=\"cell-table\">\n<thead><tr><th>kernel</th><th>size</th><th>backend</th><th>device</th>")
        .append("<th>status</th><th>max error</th><th>median time</th><th>reason</th></tr></thead>\n<tbody>\n");
    for (CellResult c : cells) {
      String verdict = ResultsDocument.verdictKey(c.verdict());
      h.append("<tr class=\"cell\" data-verdict=\"").append(verdict).append("\"><td>").append(text(c.kernel()))
          .append("</td><td>").append(text(c.size())).append("</td><td>").append(text(c.backend()))
          .append("</td><td class=\"device\">").append(text(c.device())).append("</td><td>").append(badge(c.verdict()))
          .append("</td><td class=\"num\">").append(c.maxAbsError().map(HtmlReport::error).orElse(""))
          .append("</td><td class=\"num\">")
          .append(c.timing().map(t -> text(Timing.format(t.medianNs()))).orElse(""))
          .append("</td><td class=\"reason\">").append(text(CellText.printable(c.reason())));
      details(c, h);
      h.append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n</section>\n");
  }

  /** What a cell that did not pass has to say, folded: build logs are long. */
  private static void details(CellResult c, StringBuilder h) {
    if (c.verdict() == Verdict.PASS) {
      return;
    }
    String details = CellText.printable(CellText.details(c)).strip();
    if (details.isEmpty()) {
      return;
    }
    String summary = CellText.problems(c).stream().map(CellText.Problem::title).findFirst().orElse("outputs");
    h.append("<details><summary>").append(text(summary)).append("</summary><pre>").append(text(clip(details)))
        .append("</pre></details>");
  }

  private static String clip(String s) {
    String[] lines = s.split("\n", -1);
    if (lines.length <= LOG_LINES) {
      return s;
    }
    return String.join("\n", List.of(lines).subList(0, LOG_LINES)) + "\n… " + (lines.length - LOG_LINES)
        + " more lines in results.json";
  }

  private static String badge(Verdict v) {
    return "<span class=\"status " + ResultsDocument.verdictKey(v) + "\">"
        + text(ResultTable.status(v).toLowerCase(Locale.ROOT)) + "</span>";
  }

  private static String error(double e) {
    return e == 0 ? "0" : String.format(Locale.ROOT, "%.3g", e);
  }

  /** Text as HTML: the only way run data enters the page. */
  static String text(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(ch);
      }
    }
    return out.toString();
  }
}
