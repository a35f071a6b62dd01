package dev.kport.kernels.stencil3d;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModels;
import org.junit.jupiter.api.Test;

class Stencil3dModelTest {

  @Test
  void onlyTheCentreOfAThreeCubeIsComputed() {
    // 3 x 3 x 3, in[i] = i; the one interior cell is i = 13 (x = y = z = 1). Its faces are
    // 12, 14 (x), 10, 16 (y), 4, 22 (z): sum 78. C0 0.5, C1 0.25: 0.5 * 13 + 0.25 * 78 = 26.
    float[] in = new float[27];
    for (int i = 0; i < 27; i++) {
      in[i] = i;
    }
    ReferenceData d = new ReferenceData()
        .put("in", in)
        .put("out", new float[27])
        .var("nx", 3).var("ny", 3).var("nz", 3).var("C0", 0.5).var("C1", 0.25);
    ReferenceModels.byName("stencil3d").orElseThrow().compute(d);
    float[] expected = in.clone();
    expected[13] = 26;
    assertThat(d.floats("out")).containsExactly(expected);
  }
}
