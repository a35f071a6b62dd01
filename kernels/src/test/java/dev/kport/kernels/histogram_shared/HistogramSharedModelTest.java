package dev.kport.kernels.histogram_shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModels;
import org.junit.jupiter.api.Test;

class HistogramSharedModelTest {

  @Test
  void binsByTruncationAndKeepsOneInTheLastBin() {
    // 4 bins: 0 -> 0; 0.24*4 = 0.96 -> 0; 0.25*4 = 1 -> 1; 0.5*4 = 2 -> 2; 0.99*4 = 3.96 -> 3;
    // 1.0*4 = 4 -> clamped to 3; 0.75*4 = 3 -> 3. So bins = [2, 1, 1, 3].
    ReferenceData d = new ReferenceData()
        .put("x", new float[] {0f, 0.24f, 0.25f, 0.5f, 0.99f, 1.0f, 0.75f})
        .put("bins", new int[4])
        .var("n", 7).var("NUM_BINS", 4);
    ReferenceModels.byName("histogram_shared").orElseThrow().compute(d);
    assertThat(d.ints("bins")).containsExactly(2, 1, 1, 3);
  }
}
