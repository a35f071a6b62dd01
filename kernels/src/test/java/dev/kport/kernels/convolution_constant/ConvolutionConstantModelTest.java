package dev.kport.kernels.convolution_constant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModels;
import org.junit.jupiter.api.Test;

class ConvolutionConstantModelTest {

  @Test
  void maskIsRowMajorAndTheEdgesArePaddedWithZero() {
    // 3 x 2 image in = [1 2 3; 4 5 6], radius 1 (3 x 3 mask, index (dy+1)*3 + (dx+1)).
    // Mask: centre (index 4) = 1, right neighbour (dy 0, dx +1: index 5) = 2,
    // below-left (dy +1, dx -1: index 6) = 10. So out(x, y) = in(x, y) + 2 in(x+1, y) + 10 in(x-1, y+1).
    // row 0: x0 = 1 + 2*2 + 0 = 5; x1 = 2 + 2*3 + 10*4 = 48; x2 = 3 + 0 + 10*5 = 53
    // row 1 (nothing below): x0 = 4 + 2*5 = 14; x1 = 5 + 2*6 = 17; x2 = 6
    float[] mask = new float[9];
    mask[4] = 1;
    mask[5] = 2;
    mask[6] = 10;
    ReferenceData d = new ReferenceData()
        .put("in", new float[] {1, 2, 3, 4, 5, 6})
        .put("out", new float[6])
        .put("c_mask", mask)
        .var("W", 3).var("H", 2).var("MASK_RADIUS", 1);
    ReferenceModels.byName("convolution_constant").orElseThrow().compute(d);
    assertThat(d.floats("out")).containsExactly(5, 48, 53, 14, 17, 6);
  }
}
