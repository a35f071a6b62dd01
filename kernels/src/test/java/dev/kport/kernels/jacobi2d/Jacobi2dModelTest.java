package dev.kport.kernels.jacobi2d;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModels;
import org.junit.jupiter.api.Test;

class Jacobi2dModelTest {

  @Test
  void sweepsTheInteriorAndKeepsTheBoundary() {
    // 4 x 3 grid, boundary all 4 except the two interior points (1,1) = 0 and (2,1) = 8:
    //   4 4 4 4
    //   4 0 8 4
    //   4 4 4 4
    // sweep 1: (1,1) = (4 + 8 + 4 + 4) / 4 = 5,  (2,1) = (0 + 4 + 4 + 4) / 4 = 3
    // sweep 2: (1,1) = (4 + 3 + 4 + 4) / 4 = 3.75, (2,1) = (5 + 4 + 4 + 4) / 4 = 4.25
    // after two sweeps and two swaps field holds sweep 2 and scratch sweep 1
    ReferenceData d = new ReferenceData()
        .put("field", new float[] {4, 4, 4, 4, 4, 0, 8, 4, 4, 4, 4, 4})
        .put("scratch", new float[12])
        .var("width", 4)
        .var("height", 3)
        .var("iters", 2);
    ReferenceModels.byName("jacobi2d").orElseThrow().compute(d);
    assertThat(d.floats("field")).containsExactly(4, 4, 4, 4, 4, 3.75f, 4.25f, 4, 4, 4, 4, 4);
    assertThat(d.floats("scratch")).containsExactly(4, 4, 4, 4, 4, 5, 3, 4, 4, 4, 4, 4);
  }
}
