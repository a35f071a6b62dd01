package dev.kport.kernels.transpose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModels;
import org.junit.jupiter.api.Test;

class TransposeModelTest {

  @Test
  void twoByThreeBecomesThreeByTwo() {
    // in = [1 2 3; 4 5 6] (2 x 3) -> out = [1 4; 2 5; 3 6] (3 x 2), row-major
    ReferenceData d = new ReferenceData()
        .put("in", new float[] {1, 2, 3, 4, 5, 6})
        .put("out", new float[6])
        .var("rows", 2).var("cols", 3);
    ReferenceModels.byName("transpose").orElseThrow().compute(d);
    assertThat(d.floats("out")).containsExactly(1, 4, 2, 5, 3, 6);
  }
}
