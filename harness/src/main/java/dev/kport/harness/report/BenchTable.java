package dev.kport.harness.report;

import dev.kport.harness.run.CellResult;
import dev.kport.harness.run.Timing;
import dev.kport.harness.run.Verdict;
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
    variantCosts(cells).forEach(out::println);
    out.flush();
  }

  /**
   * One line per hand-written variant cell (backend {@code B:NAME}) that has a timed translation
   * beside it (backend {@code B}, same kernel, size and device): what translating costs.
   */
  static List<String> variantCosts(List<CellResult> cells) {
    List<String> lines = new ArrayList<>();
    for (CellResult v : cells) {
      int colon = v.backend().indexOf(':');
      if (colon < 0 || v.timing().isEmpty() || v.verdict() != Verdict.PASS) {
        continue;
      }
      String base = v.backend().substring(0, colon);
      for (CellResult t : cells) {
        if (t.backend().equals(base) && t.kernel().equals(v.kernel()) && t.size().equals(v.size())
            && t.device().equals(v.device()) && t.timing().isPresent() && t.verdict() == Verdict.PASS) {
          double share = 100.0 * v.timing().get().medianNs() / t.timing().get().medianNs();
          String file = "variants/" + v.backend().substring(colon + 1) + (base.equals("hip") ? ".hip" : ".cl");
          lines.add(String.format(Locale.ROOT, "%s %s: the translation runs at %.0f%% of the speed of hand-written "
              + "%s (median %s vs %s)", v.kernel(), v.size(), share, file,
              Timing.format(t.timing().get().medianNs()), Timing.format(v.timing().get().medianNs())));
        }
      }
    }
    return lines;
  }

  private static String number(double v, String format) {
    return Double.isNaN(v) || Double.isInfinite(v) ? "-" : String.format(Locale.ROOT, format, v);
  }
}
