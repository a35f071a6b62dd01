package dev.kport.harness.run;

import dev.kport.harness.spec.CheckSpec;
import dev.kport.translator.MathPrecision;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The tolerance an output gets when its spec sets none: the largest error the OpenCL 1.2
 * specification allows for any math function the kernel calls (division counts as 2.5 ulp,
 * rounded up), so a port is held to what its target promises. Errors of chained calls compound
 * beyond this; a spec that chains many should set its own.
 *
 * @param why one line for the report: which function set the bound
 */
record DerivedTolerance(CheckSpec.Tolerance tolerance, String why) {

  /** When a called function has no documented bound (native_*, fast intrinsics): about 2^-11 relative. */
  static final int UNBOUNDED_ULP = 4096;
  static final int DIVISION_ULP = 3;

  static DerivedTolerance forOpenCl(Map<String, MathPrecision.Bound> called, boolean divides) {
    int ulp = 0;
    List<String> sources = new ArrayList<>();
    for (MathPrecision.Bound b : called.values()) {
      int u = b.openClUlp().orElse(UNBOUNDED_ULP);
      if (u > ulp) {
        ulp = u;
        sources.clear();
      }
      if (u == ulp && u > 0) {
        sources.add(b.function());
      }
    }
    if (divides && DIVISION_ULP > ulp) {
      ulp = DIVISION_ULP;
      sources = List.of("division");
    }
    String why = ulp == 0 ? "exact: the kernel calls no function with a documented error"
        : ulp + " ulp, what OpenCL 1.2 allows for " + String.join(", ", sources);
    return new DerivedTolerance(new CheckSpec.Tolerance(ulp, 0, 0), why);
  }
}
