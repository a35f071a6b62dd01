package dev.kport.harness.run;

import dev.kport.harness.compare.Comparison;
import dev.kport.harness.spec.CheckSpec;
import dev.kport.harness.spec.KernelSpec;
import java.util.Map;

/** The verdict of compared outputs, taking the spec's {@code expect} into account. */
record Judgement(Verdict verdict, String reason, boolean passed) {

  /**
   * @param mistrust for each output that matched but proves little, why; empty when none
   */
  /** The same judgement with a note after its reason. */
  Judgement withNote(String note) {
    return new Judgement(verdict, reason + " (" + note + ")", passed);
  }

  static Judgement of(KernelSpec spec, Map<String, Comparison> comparisons, Map<String, String> mistrust) {
    StringBuilder failures = new StringBuilder();
    for (Map.Entry<String, Comparison> e : comparisons.entrySet()) {
      if (!e.getValue().passed()) {
        failures.append(failures.length() == 0 ? "" : "; ").append(e.getKey()).append(": ").append(e.getValue().summary());
      }
    }
    boolean matched = failures.length() == 0;
    CheckSpec check = spec.check();
    String because = check.because().orElse("");
    if (matched && !mistrust.isEmpty()) {
      String why = String.join("; ", mistrust.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList());
      return check.expect() == CheckSpec.Expect.MISTRUSTED
          ? new Judgement(Verdict.EXPECTED_FAILURE, "known to prove little (" + because + "): " + why, true)
          : new Judgement(Verdict.MISTRUSTED, "outputs match, but " + why
              + " (give the buffers inputs that tell kernels apart)", false);
    }
    if (check.expect() == CheckSpec.Expect.PASS) {
      return matched
          ? new Judgement(Verdict.PASS, comparisons.size() + " output" + (comparisons.size() == 1 ? "" : "s")
              + " match", true)
          : new Judgement(Verdict.MISMATCH, failures.toString(), false);
    }
    return matched
        ? new Judgement(Verdict.FAILED, "expected to fail (" + because + ") but every output matches: "
            + "remove 'expect' from the spec", false)
        : new Judgement(Verdict.EXPECTED_FAILURE, "known failure (" + because + "): " + failures, true);
  }
}
