package dev.kport.kernels.two_stage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModels;
import org.junit.jupiter.api.Test;

class TwoStageModelTest {

  @Test
  void meanAndPopulationVariance() {
    // x = 1, 2, 3, 6: mean = 12 / 4 = 3; squares 1 + 4 + 9 + 36 = 50, 50 / 4 = 12.5;
    // variance = 12.5 - 9 = 3.5 (check: deviations -2, -1, 0, 3 -> (4 + 1 + 0 + 9) / 4 = 3.5)
    ReferenceData d = new ReferenceData()
        .put("x", new float[] {1, 2, 3, 6})
        .put("partial", new float[2])
        .put("stats", new float[2])
        .var("n", 4);
    ReferenceModels.byName("two_stage").orElseThrow().compute(d);
    assertThat(d.floats("stats")).containsExactly(3f, 3.5f);
  }
}
