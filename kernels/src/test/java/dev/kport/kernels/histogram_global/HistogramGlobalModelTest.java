package dev.kport.kernels.histogram_global;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModels;
import org.junit.jupiter.api.Test;

class HistogramGlobalModelTest {

  @Test
  void countsBytesAsUnsigned() {
    // data 0, 255 (the byte -1), 3, 3, 0 -> bins[0] = 2, bins[3] = 2, bins[255] = 1, others 0
    ReferenceData d = new ReferenceData()
        .put("data", new byte[] {0, (byte) 255, 3, 3, 0})
        .put("bins", new int[256])
        .var("n", 5);
    ReferenceModels.byName("histogram_global").orElseThrow().compute(d);
    int[] bins = d.ints("bins");
    assertThat(bins[0]).isEqualTo(2);
    assertThat(bins[3]).isEqualTo(2);
    assertThat(bins[255]).isEqualTo(1);
    assertThat(java.util.Arrays.stream(bins).sum()).isEqualTo(5);
  }
}
