package dev.kport.kernels.int_intrinsics;

import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModel;

/** CUDA's __popc, __clz, __brev, __mul24, __umulhi and __ffs, written with Java's int methods. */
public final class IntIntrinsicsModel implements ReferenceModel {

  @Override
  public String name() {
    return "int_intrinsics";
  }

  @Override
  public void compute(ReferenceData data) {
    int[] a = data.ints("a");
    int[] b = data.ints("b");
    int n = data.size("n");
    for (int i = 0; i < n; i++) {
      int x = a[i];
      int y = b[i];
      int shifted = x >>> (y & 31);
      data.ints("bit_count")[i] = Integer.bitCount(x);
      data.ints("leading_zeros")[i] = Integer.numberOfLeadingZeros(shifted);
      data.ints("reversed")[i] = Integer.reverse(x);
      data.ints("product24")[i] = signExtend24(x) * signExtend24(y);
      data.ints("high_product")[i] = (int) ((Integer.toUnsignedLong(x) * Integer.toUnsignedLong(y)) >>> 32);
      data.ints("first_set")[i] = ffs(shifted);
    }
  }

  private static int signExtend24(int v) {
    return (v << 8) >> 8;
  }

  /** 1 + the index of the lowest set bit, 0 when no bit is set. */
  private static int ffs(int v) {
    return v == 0 ? 0 : Integer.numberOfTrailingZeros(v) + 1;
  }
}
