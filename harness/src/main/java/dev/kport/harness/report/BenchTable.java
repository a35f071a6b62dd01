package dev.kport.harness.report;

import dev.kport.harness.run.CellResult;
import dev.kport.harness.run.Timing;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The table of {@code kport bench}: timing figures per kernel × size × backend, and baseline deltas. */
public final class BenchTable {

  private BenchTable() {}

  public static void print(List<CellResult> cells, Map<CellResult, Regressions.Delta> deltas, PrintWriter out) {
    List<String> header = new ArrayList<>(List.of("KERNEL", "SIZE", "BACKEND", "STATUS", "MEDIAN", "MIN", "P90", "CV",
        "GB/S", "%PEAK", "GFLOP/S"));
    if (!deltas.isEmpty()) {
      header.add("VS BASELINE");
    }
    List<List<String>> rows = new ArrayList<>();
    rows.add(header);
    for (CellResult c : cells) {
      List<String> row = new ArrayList<>(List.of(c.kernel(), c.size(), c.backend(), ResultTable.status(c.verdict())));
      if (c.timing().isPresent()) {
        Timing t = c.timing().get();
        row.addAll(List.of(Timing.format(t.medianNs()), Timing.format(t.minNs()), Timing.format(t.p90Ns()),
            String.format(Locale.ROOT, "%.1f%%", 100 * t.cv()), number(t.gbPerSecond(), "%.2f"),
            number(t.percentOfPeak(), "%.0f%%"), number(t.gflops(), "%.2f")));
      } else {
        row.addAll(List.of("-", "-", "-", "-", "-", "-", "-"));
      }
      if (!deltas.isEmpty()) {
        Regressions.Delta d = deltas.get(c);
        row.add(d == null ? "-" : d.text());
      }
      rows.add(row);
    }
    int[] width = new int[header.size()];
    for (List<String> r : rows) {
      for (int i = 0; i < r.size(); i++) {
        width[i] = Math.max(width[i], r.get(i).length());
      }
    }
    for (List<String> r : rows) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < r.size(); i++) {
        String cell = r.get(i);
        sb.append(cell).append(" ".repeat(width[i] - cell.length() + 2));
      }
      out.println(sb.toString().stripTrailing());
    }
    out.println(ResultTable.tally(cells));
    out.flush();
  }

  private static String number(double v, String format) {
    return Double.isNaN(v) || Double.isInfinite(v) ? "-" : String.format(Locale.ROOT, format, v);
  }
}
