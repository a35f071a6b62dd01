package dev.kport.harness.run;

import dev.kport.harness.spec.KernelSpec;
import dev.kport.harness.spec.SpecException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * The time stage every backend's cell runs after its checked run: the case's steps again and
 * again from the same inputs until the device-time budget is spent, each repetition's device time
 * one sample. Without a budget the checked run is the one sample.
 */
final class TimedRepetitions {

  static final int MAX_REPETITIONS = 50;

  private TimedRepetitions() {}

  /**
   * @param peakGBs the device's measured bandwidth, asked only when there is a budget (a probe
   *     costs a second once per device); NaN where none is known
   * @return the timing, recorded in {@code stages} as the time stage; empty when a repetition failed
   */
  static Optional<Timing> time(KernelSpec spec, CaseData data, Executor ex, StepInterpreter steps,
      long timeBudgetMs, long firstRunNs, DoubleSupplier peakGBs, Map<Stage, StageResult> stages)
      throws SpecException {
    List<Long> samples = new ArrayList<>();
    long wallStart = System.nanoTime();
    long budgetNs = timeBudgetMs * 1_000_000L;
    try {
      long spent = 0;
      ex.guardEachLaunch(false); // the checked run named any stray write's launch; timing checks once per run
      while (budgetNs > 0 && spent < budgetNs && samples.size() < MAX_REPETITIONS) {
        ex.upload(data.inputCopies()); // each repetition starts from the same inputs, untimed
        ex.finish();
        long t0 = System.nanoTime();
        steps.run(data.variables(), ex);
        samples.add(ex.finish());
        spent += System.nanoTime() - t0;
      }
    } catch (DeviceException e) {
      stages.put(Stage.TIME, new StageResult.Failed(e.getMessage()));
      return Optional.empty();
    }
    if (samples.isEmpty()) {
      samples.add(firstRunNs);
    }
    Timing timing = new Timing(samples.stream().mapToLong(Long::longValue).toArray(), System.nanoTime() - wallStart,
        CheckedOutputs.metric(spec, data, KernelSpec.Metrics::bytes),
        CheckedOutputs.metric(spec, data, KernelSpec.Metrics::flops),
        budgetNs > 0 ? peakGBs.getAsDouble() : Double.NaN);
    stages.put(Stage.TIME, new StageResult.Ok("median " + Timing.format(timing.medianNs()) + " over "
        + timing.repetitions() + " run" + (timing.repetitions() == 1 ? "" : "s")));
    return Optional.of(timing);
  }
}
