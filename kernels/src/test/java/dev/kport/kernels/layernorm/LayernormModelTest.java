package dev.kport.kernels.layernorm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModels;
import org.junit.jupiter.api.Test;

class LayernormModelTest {

  @Test
  void normalisesThenScalesAndShifts() {
    // x = [1, 2, 3, 6]: mean 3; deviations -2, -1, 0, 3; squares 4 + 1 + 0 + 9 = 14; var 14/4 = 3.5.
    // EPS 0.5: rstd = 1/sqrt(4) = 0.5. gamma [1, 2, 1, 1], beta [0, 0, 10, 0.5]:
    // out = [-2*0.5*1, -1*0.5*2, 0 + 10, 3*0.5*1 + 0.5] = [-1, -1, 10, 2]
    ReferenceData d = new ReferenceData()
        .put("in", new float[] {1, 2, 3, 6})
        .put("gamma", new float[] {1, 2, 1, 1})
        .put("beta", new float[] {0, 0, 10, 0.5f})
        .put("out", new float[4])
        .put("mean", new float[1])
        .put("rstd", new float[1])
        .var("rows", 1).var("cols", 4).var("EPS", 0.5);
    ReferenceModels.byName("layernorm").orElseThrow().compute(d);
    assertThat(d.floats("out")).containsExactly(-1, -1, 10, 2);
    assertThat(d.floats("mean")).containsExactly(3);
    assertThat(d.floats("rstd")).containsExactly(0.5f);
  }
}
