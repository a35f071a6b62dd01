package dev.kport.harness.report;

import dev.kport.harness.compare.Comparison;
import dev.kport.harness.run.CellResult;
import dev.kport.harness.run.Timing;
import dev.kport.harness.run.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A run as GitHub-flavoured Markdown that fits a CI job summary ({@code $GITHUB_STEP_SUMMARY}):
 * a headline with the tally, one table per size with kernels down and backends across, why
 * cells were skipped, then each failing cell's details. Long build logs are cut to their first
 * lines and the number of detailed failures is capped, because job summaries have a size limit
 * and results.json holds everything anyway.
 */
public final class MarkdownSummary {

  /** The file name a run writes into its report folder. */
  public static final String FILE_NAME = "summary.md";

  /** Lines of a build log or crash output shown per failing stage. */
  static final int LOG_LINES = 20;

  /** Failing cells shown in detail; the rest are counted. */
  static final int FAILURES_SHOWN = 25;

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
      .withZone(ZoneOffset.UTC);

  private MarkdownSummary() {}

  public static void write(RunReport report, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, render(report), StandardCharsets.UTF_8);
  }

  /**
   * Adds the summary to the end of a file, as GitHub wants for {@code $GITHUB_STEP_SUMMARY},
   * which other steps of the job may have written to already.
   */
  public static void append(RunReport report, Path file) throws IOException {
    Files.writeString(file, render(report), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }

  public static String render(RunReport report) {
    StringBuilder md = new StringBuilder();
    List<CellResult> cells = report.cells();
    boolean failed = cells.stream().anyMatch(c -> c.verdict().fails());
    md.append("## ").append(failed ? "❌" : "✅").append(" kport: ").append(ResultTable.tally(cells)).append("\n\n");
    md.append("kport ").append(report.kportVersion()).append(" on `").append(code(report.host())).append("`, ")
        .append(WHEN.format(report.startedAt()));
    if (!report.args().isEmpty()) {
      md.append(": `kport ").append(code(String.join(" ", report.args()))).append('`');
    }
    md.append("\n\n");
    tables(cells, md);
    skipReasons(cells, md);
    knownFailures(cells, md);
    failures(cells, md);
    return md.toString();
  }

  // ---- the tables

  private static void tables(List<CellResult> cells, StringBuilder md) {
    Set<String> columns = new LinkedHashSet<>();
    Map<String, Map<String, Map<String, CellResult>>> bySize = new LinkedHashMap<>();
    for (CellResult c : cells) {
      String column = CellText.column(c, cells);
      columns.add(column);
      bySize.computeIfAbsent(c.size(), s -> new LinkedHashMap<>())
          .computeIfAbsent(c.kernel(), k -> new LinkedHashMap<>()).put(column, c);
    }
    for (Map.Entry<String, Map<String, Map<String, CellResult>>> size : bySize.entrySet()) {
      md.append("### Size `").append(code(size.getKey())).append("`\n\n");
      md.append("| kernel |");
      columns.forEach(col -> md.append(' ').append(tableText(col)).append(" |"));
      md.append("\n|---|").append("---|".repeat(columns.size())).append('\n');
      size.getValue().forEach((kernel, row) -> {
        md.append("| ").append(tableText(kernel)).append(" |");
        columns.forEach(col -> md.append(' ').append(row.containsKey(col) ? mark(row.get(col)) : "–").append(" |"));
        md.append('\n');
      });
      md.append('\n');
    }
  }

  /** ✅ 5.4 µs, ❌ mismatch, ❌ build failed, 💥 crashed, ⏭️ skipped, ☑️ known failure. */
  static String mark(CellResult c) {
    Verdict v = c.verdict();
    if (v == Verdict.PASS) {
      return "✅" + c.timing().map(t -> " " + Timing.format(t.medianNs())).orElse("");
    }
    if (v == Verdict.MISMATCH) {
      return "❌ mismatch";
    }
    if (v == Verdict.MISTRUSTED) {
      return "⚠️ mistrusted";
    }
    if (v == Verdict.FAILED) {
      return CellText.problems(c).stream().filter(p -> p.status().equals("failed")).findFirst()
          .map(p -> "❌ " + p.title().replace(": ", " ")).orElse("❌ failed");
    }
    if (v == Verdict.CRASHED) {
      return "💥 crashed";
    }
    if (v == Verdict.SKIPPED) {
      return "⏭️ skipped";
    }
    return "☑️ known failure";
  }

  // ---- the sections under the tables

  /** Skips grouped by reason: a backend missing on the runner skips every kernel for one reason. */
  private static void skipReasons(List<CellResult> cells, StringBuilder md) {
    Map<String, Integer> reasons = new LinkedHashMap<>();
    for (CellResult c : cells) {
      if (c.verdict() == Verdict.SKIPPED) {
        reasons.merge("**" + CellText.column(c, cells) + "**: " + CellText.oneLine(c.reason()), 1, Integer::sum);
      }
    }
    if (reasons.isEmpty()) {
      return;
    }
    md.append("<details><summary>⏭️ Why cells were skipped</summary>\n\n");
    reasons.forEach((reason, n) -> md.append("- ").append(reason).append(n > 1 ? " (" + n + " cells)" : "")
        .append('\n'));
    md.append("\n</details>\n\n");
  }

  private static void knownFailures(List<CellResult> cells, StringBuilder md) {
    List<CellResult> known = cells.stream().filter(c -> c.verdict() == Verdict.EXPECTED_FAILURE).toList();
    if (known.isEmpty()) {
      return;
    }
    md.append("### ☑️ Known failures\n\n");
    for (CellResult c : known) {
      md.append("- `").append(code(CellText.caseName(c, cells))).append("`: ").append(CellText.oneLine(c.reason()))
          .append('\n');
    }
    md.append('\n');
  }

  private static void failures(List<CellResult> cells, StringBuilder md) {
    List<CellResult> failing = cells.stream().filter(c -> c.verdict().fails()).toList();
    if (failing.isEmpty()) {
      return;
    }
    md.append("### Failures\n\n");
    for (CellResult c : failing.subList(0, Math.min(FAILURES_SHOWN, failing.size()))) {
      failure(c, cells, md);
    }
    if (failing.size() > FAILURES_SHOWN) {
      md.append("…and ").append(failing.size() - FAILURES_SHOWN)
          .append(" more failing cells; results.json has every one.\n\n");
    }
  }

  private static void failure(CellResult c, List<CellResult> cells, StringBuilder md) {
    md.append("#### ").append(c.verdict() == Verdict.CRASHED ? "💥" : "❌").append(" `")
        .append(code(CellText.caseName(c, cells))).append("`: ").append(ResultTable.status(c.verdict()).toLowerCase(Locale.ROOT))
        .append("\n\n");
    md.append(CellText.oneLine(c.reason())).append(c.device().equals("-") ? "" : " (device: " + c.device() + ")")
        .append("\n\n");
    for (Map.Entry<String, Comparison> e : c.comparisons().entrySet()) {
      Comparison cmp = e.getValue();
      md.append("- `").append(code(e.getKey())).append("`: ").append(cmp.summary()).append('\n');
      String first = CellText.firstMismatches(cmp);
      if (!first.isEmpty()) {
        md.append("  - first mismatches: ").append(first).append('\n');
      }
    }
    if (!c.comparisons().isEmpty()) {
      md.append('\n');
    }
    for (CellText.Problem p : CellText.problems(c)) {
      if (p.status().equals("skipped")) {
        continue; // a stage skipped after a failure says nothing the failure does not
      }
      md.append("**").append(p.title()).append("**\n\n");
      if (!p.text().isEmpty()) {
        fenced(excerpt(p.text()), md);
      }
    }
  }

  /** The first {@link #LOG_LINES} lines, with a note of how many more there are. */
  static String excerpt(String text) {
    List<String> lines = new ArrayList<>(text.lines().toList());
    if (lines.size() <= LOG_LINES) {
      return text;
    }
    int more = lines.size() - LOG_LINES;
    return String.join("\n", lines.subList(0, LOG_LINES)) + "\n… " + more + " more line" + (more == 1 ? "" : "s")
        + " in results.json";
  }

  /** A code block whose fence is longer than any run of backticks in the text, so the text cannot end it. */
  static void fenced(String text, StringBuilder md) {
    String clean = CellText.printable(text);
    int longest = 0;
    int run = 0;
    for (int i = 0; i < clean.length(); i++) {
      run = clean.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(Math.max(3, longest + 1));
    md.append(fence).append("text\n").append(clean).append('\n').append(fence).append("\n\n");
  }

  // ---- escaping

  /** Text for a table cell: one line, with {@code |} escaped so it does not split the cell. */
  static String tableText(String s) {
    return CellText.printable(CellText.oneLine(s)).replace("|", "\\|");
  }

  /** Text inside a code span: backticks would end it early, so they become a look-alike. */
  private static String code(String s) {
    return CellText.printable(CellText.oneLine(s)).replace('`', 'ˋ');
  }
}
