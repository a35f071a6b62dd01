package dev.kport.kernels.warp_vote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModels;
import org.junit.jupiter.api.Test;

class WarpVoteModelTest {

  @Test
  void votesPerWarpWithAPartialLastWarp() {
    // n = 35: warp 0 holds values 0..31 (v = lane), warp 1 holds 3 values 7, 98, 5.
    // warp 0: odd lanes 1, 3, ..., 31 -> ballot 0xAAAAAAAA (bit 31 set: negative as an int),
    //         16 of them; lane 0 is zero -> any 1; every value < 97 -> all 1.
    // warp 1: 7 (lane 0) and 5 (lane 2) are odd -> ballot 0b101 = 5, count 2; no zero -> any 0;
    //         98 >= 97 -> all 0. Lanes 3..31 are past n and vote neutrally.
    int[] values = new int[35];
    for (int i = 0; i < 32; i++) {
      values[i] = i;
    }
    values[32] = 7;
    values[33] = 98;
    values[34] = 5;
    ReferenceData d = new ReferenceData()
        .put("values", values)
        .put("odd_ballot", new int[2])
        .put("odd_count", new int[2])
        .put("any_zero", new int[2])
        .put("all_small", new int[2])
        .var("n", 35)
        .var("THRESHOLD", 97);
    ReferenceModels.byName("warp_vote").orElseThrow().compute(d);
    assertThat(d.ints("odd_ballot")).containsExactly(0xAAAAAAAA, 5);
    assertThat(d.ints("odd_count")).containsExactly(16, 2);
    assertThat(d.ints("any_zero")).containsExactly(1, 0);
    assertThat(d.ints("all_small")).containsExactly(1, 0);
  }
}
