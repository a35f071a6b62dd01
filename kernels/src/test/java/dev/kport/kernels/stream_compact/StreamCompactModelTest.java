package dev.kport.kernels.stream_compact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModels;
import org.junit.jupiter.api.Test;

class StreamCompactModelTest {

  @Test
  void countsAndPlacesTheKeptElementsStrictlyAboveTheThreshold() {
    // THRESHOLD 0.25: 0.5 and 0.9 kept; 0.25 is not strictly above; -1 and 0 dropped -> count 2,
    // dense = [0, 0.5, 0, 0, 0.9]
    ReferenceData d = new ReferenceData()
        .put("in", new float[] {-1f, 0.5f, 0.25f, 0f, 0.9f})
        .put("values", new float[5])
        .put("indices", new int[5])
        .put("count", new int[1])
        .put("dense", new float[5])
        .var("n", 5).var("THRESHOLD", 0.25);
    ReferenceModels.byName("stream_compact").orElseThrow().compute(d);
    assertThat(d.ints("count")).containsExactly(2);
    assertThat(d.floats("dense")).containsExactly(0f, 0.5f, 0f, 0f, 0.9f);
  }
}
