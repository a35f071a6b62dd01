package dev.kport.harness.report;

import dev.kport.harness.run.CellResult;
import dev.kport.harness.run.Timing;
import dev.kport.harness.run.Verdict;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The plain-text table of a run: one row per kernel × size × backend, then a one-line tally. */
public final class ResultTable {

  private static final String[] HEADER = {"KERNEL", "SIZE", "BACKEND", "STATUS", "MAX ERROR", "TIME", "DETAIL"};
  private static final int DETAIL_WIDTH = 120;

  private ResultTable() {}

  public static void print(List<CellResult> cells, PrintWriter out) {
    List<String[]> rows = new ArrayList<>();
    rows.add(HEADER);
    for (CellResult c : cells) {
      rows.add(new String[] {
          c.kernel(), c.size(), c.backend(), status(c.verdict()),
          c.maxAbsError().map(e -> e == 0 ? "0" : String.format(Locale.ROOT, "%.3g", e)).orElse("-"),
          c.timing().map(t -> Timing.format(t.medianNs())).orElse("-"),
          clip(c.reason())});
    }
    int[] width = new int[HEADER.length];
    for (String[] r : rows) {
      for (int i = 0; i < r.length; i++) {
        width[i] = Math.max(width[i], r[i].length());
      }
    }
    for (String[] r : rows) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < r.length; i++) {
        sb.append(i == r.length - 1 ? r[i] : pad(r[i], width[i] + 2));
      }
      out.println(sb.toString().stripTrailing());
    }
    out.println(tally(cells));
    out.flush();
  }

  /** Everything a failing cell has to say, in full: the table clips it. */
  public static void printFailures(List<CellResult> cells, PrintWriter out) {
    for (CellResult c : cells) {
      if (!c.verdict().fails()) {
        continue;
      }
      out.println();
      out.println(c.kernel() + " [" + c.size() + "] on " + c.backend() + " (" + c.device() + "): " + status(c.verdict()));
      c.stages().forEach((stage, r) -> {
        String kind = r.getClass().getSimpleName().toLowerCase(Locale.ROOT);
        String text = r.text().strip().replace("\n", "\n      ");
        out.println("  " + stage.name().toLowerCase(Locale.ROOT) + ": " + kind + (text.isEmpty() ? "" : ": " + text));
      });
    }
    out.flush();
  }

  /** "3 passed, 0 failed, 6 skipped" — failed counts mismatches, failures and crashes. */
  public static String tally(List<CellResult> cells) {
    long passed = cells.stream().filter(c -> c.verdict() == Verdict.PASS).count();
    long failed = cells.stream().filter(c -> c.verdict().fails()).count();
    long skipped = cells.stream().filter(c -> c.verdict() == Verdict.SKIPPED).count();
    long expected = cells.stream().filter(c -> c.verdict() == Verdict.EXPECTED_FAILURE).count();
    return passed + " passed, " + failed + " failed, " + skipped + " skipped"
        + (expected > 0 ? ", " + expected + " known failure" + (expected == 1 ? "" : "s") : "");
  }

  public static String status(Verdict v) {
    return v == Verdict.EXPECTED_FAILURE ? "KNOWN-FAIL" : v.name();
  }

  private static String clip(String s) {
    String line = s.replace('\n', ' ');
    return line.length() <= DETAIL_WIDTH ? line : line.substring(0, DETAIL_WIDTH - 3) + "...";
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(Math.max(0, width - s.length()));
  }
}
