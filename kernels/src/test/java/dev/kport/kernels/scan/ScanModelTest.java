package dev.kport.kernels.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModels;
import org.junit.jupiter.api.Test;

class ScanModelTest {

  @Test
  void exclusiveScanWithPerBlockOffsetsAndTotal() {
    // in = 1..10, BLOCK 2 so blocks of 4: out[i] = 1+..+i = i(i+1)/2 -> 0,1,3,6,10,15,21,28,36,45;
    // block offsets are out at i = 0, 4, 8 -> 0, 10, 36; total = 55.
    ReferenceData d = new ReferenceData()
        .put("in", new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
        .put("out", new int[10])
        .put("sums1", new int[3])
        .put("total", new int[1])
        .var("n", 10).var("BLOCK", 2);
    ReferenceModels.byName("scan").orElseThrow().compute(d);
    assertThat(d.ints("out")).containsExactly(0, 1, 3, 6, 10, 15, 21, 28, 36, 45);
    assertThat(d.ints("sums1")).containsExactly(0, 10, 36);
    assertThat(d.ints("total")).containsExactly(55);
  }
}
