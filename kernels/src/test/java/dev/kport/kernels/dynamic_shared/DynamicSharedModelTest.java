package dev.kport.kernels.dynamic_shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModels;
import org.junit.jupiter.api.Test;

class DynamicSharedModelTest {

  @Test
  void convolvesWithZerosPastBothEnds() {
    // RADIUS 1, w = (1, 2, 3), in = (1, 2, 3, 4):
    // out0 = 1*0 + 2*1 + 3*2 = 8      out1 = 1*1 + 2*2 + 3*3 = 14
    // out2 = 1*2 + 2*3 + 3*4 = 20     out3 = 1*3 + 2*4 + 3*0 = 11
    ReferenceData d = new ReferenceData()
        .put("in", new float[] {1, 2, 3, 4})
        .put("weights", new float[] {1, 2, 3})
        .put("out", new float[4])
        .var("n", 4)
        .var("RADIUS", 1);
    ReferenceModels.byName("dynamic_shared").orElseThrow().compute(d);
    assertThat(d.floats("out")).containsExactly(8f, 14f, 20f, 11f);
  }
}
