package dev.kport.kernels.scan;

import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModel;

/**
 * The whole multi-launch scan: {@code out} the exclusive prefix sum of {@code in}, {@code sums1}
 * the offset each 2 * BLOCK block received (the prefix at its first element), {@code total} the
 * sum of everything. Integer arithmetic, exact like the kernel.
 */
public final class ScanModel implements ReferenceModel {

  @Override
  public String name() {
    return "scan";
  }

  @Override
  public void compute(ReferenceData data) {
    int[] in = data.ints("in");
    int[] out = data.ints("out");
    int[] sums1 = data.ints("sums1");
    int n = data.size("n");
    int elems = 2 * data.size("BLOCK");
    int running = 0;
    for (int i = 0; i < n; i++) {
      if (i % elems == 0) {
        sums1[i / elems] = running;
      }
      out[i] = running;
      running += in[i];
    }
    data.ints("total")[0] = running;
  }
}
