package dev.kport.kernels.softmax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModels;
import org.junit.jupiter.api.Test;

class SoftmaxModelTest {

  @Test
  void rowsNormaliseSeparatelyAndLargeInputsDoNotOverflow() {
    // row 0 = [1000, 1000]: equal inputs -> 0.5 each (exp(1000) alone would overflow: the max
    // must be subtracted first). row 1 = [0, ln 3]: exp gives 1 and 3, sum 4 -> 0.25, 0.75.
    ReferenceData d = new ReferenceData()
        .put("in", new float[] {1000f, 1000f, 0f, (float) Math.log(3)})
        .put("out", new float[4])
        .var("rows", 2).var("cols", 2);
    ReferenceModels.byName("softmax").orElseThrow().compute(d);
    float[] out = d.floats("out");
    assertThat(out[0]).isEqualTo(0.5f);
    assertThat(out[1]).isEqualTo(0.5f);
    // ln 3 rounded to float moves exp by under 1e-7 relative
    assertThat(out[2]).isCloseTo(0.25f, within(1e-6f));
    assertThat(out[3]).isCloseTo(0.75f, within(1e-6f));
  }
}
