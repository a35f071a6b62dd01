package dev.kport.kernels.warp_vote;

import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModel;

/** Per group of 32 consecutive values: ballot of odd values, its bit count, any zero, all small. */
public final class WarpVoteModel implements ReferenceModel {

  static final int WARP = 32;

  @Override
  public String name() {
    return "warp_vote";
  }

  @Override
  public void compute(ReferenceData data) {
    int[] values = data.ints("values");
    int n = data.size("n");
    int threshold = data.size("THRESHOLD");
    int[] ballot = data.ints("odd_ballot");
    int[] count = data.ints("odd_count");
    int[] anyZero = data.ints("any_zero");
    int[] allSmall = data.ints("all_small");
    for (int warp = 0; warp * WARP < n; warp++) {
      int bits = 0;
      boolean zero = false;
      boolean small = true;
      // lanes past n vote false for the ballot and any, true for all
      for (int lane = 0; lane < WARP && warp * WARP + lane < n; lane++) {
        int v = values[warp * WARP + lane];
        bits |= (v & 1) << lane;
        zero |= v == 0;
        small &= v < threshold;
      }
      ballot[warp] = bits;
      count[warp] = Integer.bitCount(bits);
      anyZero[warp] = zero ? 1 : 0;
      allSmall[warp] = small ? 1 : 0;
    }
  }
}
