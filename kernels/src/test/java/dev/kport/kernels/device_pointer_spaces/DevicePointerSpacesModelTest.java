package dev.kport.kernels.device_pointer_spaces;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModels;
import org.junit.jupiter.api.Test;

class DevicePointerSpacesModelTest {

  @Test
  void multipliesAColumnMajorMatrixWithTheVector() {
    // A = [1 2 3]   stored by columns: (1, 4), (2, 5), (3, 6)
    //     [4 5 6]
    // x = (1, 10, 100): y0 = 1 + 20 + 300 = 321, y1 = 4 + 50 + 600 = 654
    ReferenceData d = new ReferenceData()
        .put("a", new float[] {1, 4, 2, 5, 3, 6})
        .put("x", new float[] {1, 10, 100})
        .put("y", new float[2])
        .var("rows", 2)
        .var("cols", 3);
    ReferenceModels.byName("device_pointer_spaces").orElseThrow().compute(d);
    assertThat(d.floats("y")).containsExactly(321f, 654f);
  }
}
