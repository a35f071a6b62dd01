package dev.kport.kernels.matmul_naive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModels;
import org.junit.jupiter.api.Test;

class MatmulNaiveModelTest {

  @Test
  void twoByThreeTimesThreeByTwo() {
    // [1 2 3; 4 5 6] * [7 8; 9 10; 11 12]:
    // C00 = 7+18+33 = 58, C01 = 8+20+36 = 64, C10 = 28+45+66 = 139, C11 = 32+50+72 = 154
    ReferenceData d = new ReferenceData()
        .put("A", new float[] {1, 2, 3, 4, 5, 6})
        .put("B", new float[] {7, 8, 9, 10, 11, 12})
        .put("C", new float[4])
        .var("M", 2).var("N", 2).var("K", 3);
    ReferenceModels.byName("matmul_naive").orElseThrow().compute(d);
    assertThat(d.floats("C")).containsExactly(58, 64, 139, 154);
  }
}
