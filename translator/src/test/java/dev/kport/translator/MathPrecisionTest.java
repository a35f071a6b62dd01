package dev.kport.translator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MathPrecisionTest {

  @Test
  void findsCalledFunctionsOnlyInCode() {
    String source = """
        // expf in a comment is not a call
        __device__ float expf_count;
        __global__ void k(float *y) {
          const char *s = "logf(x)";
          y[0] = sinf(y[1]) + powf (y[2], 2.0f) + expf_count;
        }
        """;
    assertThat(MathPrecision.calledIn(source)).containsOnlyKeys("sinf", "powf");
  }

  @Test
  void boundsComeFromTheTable() {
    MathPrecision.Bound sin = MathPrecision.calledIn("float f(float x) { return sinf(x); }").get("sinf");
    assertThat(sin.cudaUlp()).hasValue(2);
    assertThat(sin.openClUlp()).hasValue(4);
    assertThat(MathPrecision.calledIn("float f(float x) { return __expf(x); }").get("__expf").openClUlp()).isEmpty();
  }
}
