package dev.kport.kernels.reduce_warp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModels;
import org.junit.jupiter.api.Test;

class ReduceWarpModelTest {

  @Test
  void blocksOwnTheirGridStrideSlicesAndTheTotalAddsThemAll() {
    // BLOCK 2, GRID 3: the grid stride is 6, so block b owns i with (i mod 6) / 2 == b.
    // in = 1..10: block 0 gets i 0,1,6,7 -> 1+2+7+8 = 18; block 1 gets i 2,3,8,9 -> 3+4+9+10 = 26;
    // block 2 gets i 4,5 -> 5+6 = 11; total 55.
    ReferenceData d = new ReferenceData()
        .put("in", new float[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
        .put("partial", new float[3])
        .put("sum", new float[1])
        .var("n", 10).var("BLOCK", 2).var("GRID", 3);
    ReferenceModels.byName("reduce_warp").orElseThrow().compute(d);
    assertThat(d.floats("partial")).containsExactly(18f, 26f, 11f);
    assertThat(d.floats("sum")).containsExactly(55f);
  }
}
