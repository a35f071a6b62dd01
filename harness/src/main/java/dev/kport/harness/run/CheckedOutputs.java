package dev.kport.harness.run;

import dev.kport.harness.compare.Comparator;
import dev.kport.harness.compare.Comparison;
import dev.kport.harness.compare.MistrustCheck;
import dev.kport.harness.data.HostBuffer;
import dev.kport.harness.expr.Expressions;
import dev.kport.harness.spec.CheckSpec;
import dev.kport.harness.spec.KernelSpec;
import dev.kport.harness.spec.SpecException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A run's outputs judged against the case's expected ones, as every backend's cell judges them:
 * per-output comparison with the spec's tolerance (or the one derived from the math the kernel
 * calls), the mistrust check, and the spec's {@code expect}.
 *
 * @param referenceFailed the expected outputs could not be made; the judgement's reason says why
 */
record CheckedOutputs(Map<String, Comparison> comparisons, Judgement judgement, boolean referenceFailed) {

  static CheckedOutputs judge(KernelSpec spec, TranslatedKernel t, CaseData data, Map<String, HostBuffer> outputs) {
    if (data.referenceError().isPresent()) {
      return new CheckedOutputs(Map.of(), new Judgement(Verdict.FAILED, data.referenceError().get(), false), true);
    }
    Map<String, Comparison> comparisons = new LinkedHashMap<>();
    boolean derived = false;
    for (String out : spec.check().outputs()) {
      derived |= spec.check().toleranceOf(out).isEmpty();
      CheckSpec.Tolerance tol = spec.check().toleranceOf(out).orElse(t.defaultTolerance().tolerance());
      comparisons.put(out, Comparator.compare(data.expected().get(out), outputs.get(out), tol));
    }
    Map<String, String> mistrust = new LinkedHashMap<>();
    for (String out : spec.check().outputs()) {
      MistrustCheck.reason(data.expected().get(out), data.inputs()).ifPresent(why -> mistrust.put(out, why));
    }
    Judgement j = Judgement.of(spec, comparisons, mistrust);
    if (derived) {
      j = j.withNote("tolerance " + t.defaultTolerance().why());
    }
    return new CheckedOutputs(comparisons, j, false);
  }

  /** The compare stage as a cell records it. */
  StageResult stage() {
    return judgement.passed() ? new StageResult.Ok(judgement.reason()) : new StageResult.Failed(judgement.reason());
  }

  /** A metric of the spec evaluated at the case's size, NaN when the spec does not give it. */
  static double metric(KernelSpec spec, CaseData data, Function<KernelSpec.Metrics, Optional<String>> which)
      throws SpecException {
    Optional<String> expr = spec.metrics().flatMap(which);
    if (expr.isEmpty()) {
      return Double.NaN;
    }
    try {
      return Expressions.eval(expr.get(), data.variables());
    } catch (IllegalArgumentException e) {
      throw new SpecException(spec.file(), 0, "metrics", e.getMessage());
    }
  }
}
