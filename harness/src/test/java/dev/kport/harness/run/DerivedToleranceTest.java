package dev.kport.harness.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kport.translator.MathPrecision;
import org.junit.jupiter.api.Test;

class DerivedToleranceTest {

  @Test
  void theLoosestCalledFunctionSetsTheBound() {
    DerivedTolerance d = DerivedTolerance.forOpenCl(
        MathPrecision.calledIn("float f(float x) { return expf(x) + sinf(x) + erff(x); }"), false);
    assertThat(d.tolerance().ulp()).isEqualTo(16);
    assertThat(d.why()).contains("16 ulp").contains("erff");
  }

  @Test
  void plainArithmeticIsExactButDivisionIsNot() {
    assertThat(DerivedTolerance.forOpenCl(MathPrecision.calledIn("float f(float x) { return x * x; }"), false)
        .tolerance().ulp()).isZero();
    assertThat(DerivedTolerance.forOpenCl(MathPrecision.calledIn("float f(float x) { return 1 / x; }"), true)
        .tolerance().ulp()).isEqualTo(3);
  }

  @Test
  void aFunctionWithNoDocumentedBoundGetsAWideOne() {
    DerivedTolerance d = DerivedTolerance.forOpenCl(MathPrecision.calledIn("float f(float x) { return __expf(x); }"),
        false);
    assertThat(d.tolerance().ulp()).isEqualTo(DerivedTolerance.UNBOUNDED_ULP);
  }
}
