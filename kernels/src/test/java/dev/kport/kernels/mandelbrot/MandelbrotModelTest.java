package dev.kport.kernels.mandelbrot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModels;
import org.junit.jupiter.api.Test;

class MandelbrotModelTest {

  @Test
  void countsStepsUntilTheOrbitLeavesTheRadiusTwoDisc() {
    // FRAC_BITS 2 (units of 1/4), step 4 = 1.0, centre x = 0; a 3 x 1 image: px - 3/2 = px - 1,
    // so c = -1, 0, 1 (and cy = (0 - 0) = 0).
    // c = -1: z = 0, -1, 0, -1, ... never escapes: MAX_ITER = 5.
    // c = 0: z stays 0: 5.
    // c = 1: z0 = 0 (|z|^2 = 0 <= 4) -> 1 (1 <= 4) -> 2 (4 <= 4, not > 4) -> 5: |z|^2 = 25 > 4,
    //        so three steps were taken: 3.
    ReferenceData d = new ReferenceData()
        .put("iterations", new int[] {-1, -1, -1})
        .var("width", 3)
        .var("height", 1)
        .var("MAX_ITER", 5)
        .var("FRAC_BITS", 2)
        .var("CENTER_X_FX", 0)
        .var("STEP_FX", 4);
    ReferenceModels.byName("mandelbrot").orElseThrow().compute(d);
    assertThat(d.ints("iterations")).containsExactly(5, 5, 3);
  }
}
