package dev.kport.kernels.stencil2d;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModels;
import org.junit.jupiter.api.Test;

class Stencil2dModelTest {

  @Test
  void twoStepsWarmTheInteriorAndKeepTheBoundary() {
    // 4 x 3 grid, boundary 1, interior cells (1,1) and (2,1) 0, ALPHA 0.25.
    // step 1: each interior cell = 0 + 0.25 * (1 + 0 + 1 + 1 - 0) = 0.75
    // step 2: each = 0.75 + 0.25 * (1 + 0.75 + 1 + 1 - 4 * 0.75) = 0.75 + 0.25 * 0.75 = 0.9375
    ReferenceData d = new ReferenceData()
        .put("u", new float[] {1, 1, 1, 1, 1, 0, 0, 1, 1, 1, 1, 1})
        .put("u_next", new float[12])
        .var("W", 4).var("H", 3).var("ALPHA", 0.25).var("ITERS", 2);
    ReferenceModels.byName("stencil2d").orElseThrow().compute(d);
    assertThat(d.floats("u")).containsExactly(1, 1, 1, 1, 1, 0.9375f, 0.9375f, 1, 1, 1, 1, 1);
  }
}
