package dev.kport.kernels.matmul_tiled;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModels;
import org.junit.jupiter.api.Test;

class MatmulTiledModelTest {

  @Test
  void rowVectorTimesNonSquareMatrix() {
    // [1 -2] * [3 4 5; 6 7 8] = [3-12, 4-14, 5-16] = [-9, -10, -11]
    ReferenceData d = new ReferenceData()
        .put("A", new float[] {1, -2})
        .put("B", new float[] {3, 4, 5, 6, 7, 8})
        .put("C", new float[3])
        .var("M", 1).var("N", 3).var("K", 2);
    ReferenceModels.byName("matmul_tiled").orElseThrow().compute(d);
    assertThat(d.floats("C")).containsExactly(-9, -10, -11);
  }
}
