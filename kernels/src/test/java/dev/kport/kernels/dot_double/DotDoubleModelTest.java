package dev.kport.kernels.dot_double;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModels;
import org.junit.jupiter.api.Test;

class DotDoubleModelTest {

  @Test
  void sumsProductsWithoutLosingTheSmallTerm() {
    // (1e16 * 1) + (1 * 1) + (-1e16 * 1) = 1 exactly; a left-to-right double sum would lose the 1
    // (1e16 + 1 rounds to 1e16) and give 0
    ReferenceData d = new ReferenceData()
        .put("x", new double[] {1e16, 1, -1e16})
        .put("y", new double[] {1, 1, 1})
        .put("result", new double[] {0})
        .var("n", 3);
    ReferenceModels.byName("dot_double").orElseThrow().compute(d);
    assertThat(d.doubles("result")).containsExactly(1.0);
  }

  @Test
  void dotProductOfSmallVectors() {
    // (1, 2, 3) . (4, -5, 6) = 4 - 10 + 18 = 12
    ReferenceData d = new ReferenceData()
        .put("x", new double[] {1, 2, 3})
        .put("y", new double[] {4, -5, 6})
        .put("result", new double[] {0})
        .var("n", 3);
    ReferenceModels.byName("dot_double").orElseThrow().compute(d);
    assertThat(d.doubles("result")).containsExactly(12.0);
  }
}
