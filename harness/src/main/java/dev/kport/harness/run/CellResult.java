package dev.kport.harness.run;

import dev.kport.harness.compare.Comparison;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One kernel × backend (device) × size: each stage's outcome, the comparison per output, the
 * timing, and the verdict.
 */
public record CellResult(String kernel, String size, String backend, String device, Map<Stage, StageResult> stages,
    Map<String, Comparison> comparisons, Optional<Timing> timing, Verdict verdict, String reason) {

  public CellResult {
    EnumMap<Stage, StageResult> ordered = new EnumMap<>(Stage.class);
    ordered.putAll(stages);
    stages = Collections.unmodifiableMap(ordered);
    comparisons = Collections.unmodifiableMap(new LinkedHashMap<>(comparisons));
  }

  /** The largest absolute error over every output, if anything was compared. */
  public Optional<Double> maxAbsError() {
    return comparisons.values().stream().map(Comparison::maxAbsError).max(Double::compare);
  }
}
