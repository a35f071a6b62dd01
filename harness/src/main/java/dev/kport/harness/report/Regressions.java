package dev.kport.harness.report;

import dev.kport.harness.run.CellResult;
import dev.kport.harness.run.Timing;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares a run's medians with a baseline run's. A change counts only when it is larger than
 * the noise both runs showed: slower by more than {@code max(MIN_CHANGE, NOISE_FACTOR × (cv_old + cv_new))}.
 */
public final class Regressions {

  /** Below 5% no change is reported, however steady the samples. */
  static final double MIN_CHANGE = 0.05;
  /** How many combined coefficients of variation a change must exceed. */
  static final double NOISE_FACTOR = 3;

  private Regressions() {}

  /** A cell's median against its baseline: {@code change} is new/old − 1. */
  public record Delta(CellResult cell, Timing baseline, double change, double threshold) {
    public boolean regression() {
      return change > threshold;
    }

    public boolean improvement() {
      return -change > threshold;
    }

    /** "+12.3% (slower; noise ±4.0%)" as the table shows it. */
    public String text() {
      String verdict = regression() ? "slower" : improvement() ? "faster" : "within noise";
      return String.format(java.util.Locale.ROOT, "%+.1f%% (%s; noise ±%.1f%%)", 100 * change, verdict, 100 * threshold);
    }
  }

  /** For each timed cell of {@code now} that the baseline also timed, its delta; keyed by the cell. */
  public static Map<CellResult, Delta> compare(List<CellResult> now, List<CellResult> baseline) {
    Map<String, Timing> before = new HashMap<>();
    for (CellResult c : baseline) {
      c.timing().ifPresent(t -> before.put(key(c), t));
    }
    Map<CellResult, Delta> deltas = new LinkedHashMap<>();
    for (CellResult c : now) {
      Optional<Timing> t = c.timing();
      Timing old = before.get(key(c));
      if (t.isEmpty() || old == null || old.medianNs() == 0) {
        continue;
      }
      double change = (double) t.get().medianNs() / old.medianNs() - 1;
      double threshold = Math.max(MIN_CHANGE, NOISE_FACTOR * (old.cv() + t.get().cv()));
      deltas.put(c, new Delta(c, old, change, threshold));
    }
    return deltas;
  }

  static String key(CellResult c) {
    return c.kernel() + "\u0000" + c.size() + "\u0000" + c.backend() + "\u0000" + c.device();
  }
}
