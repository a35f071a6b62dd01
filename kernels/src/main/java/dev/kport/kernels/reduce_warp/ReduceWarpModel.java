package dev.kport.kernels.reduce_warp;

import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModel;

/**
 * The two launches of reduce_warp: GRID partial sums over a grid-stride loop, then their total.
 * Adds in double; the spec's tolerance covers the kernel's float roundings.
 */
public final class ReduceWarpModel implements ReferenceModel {

  @Override
  public String name() {
    return "reduce_warp";
  }

  @Override
  public void compute(ReferenceData data) {
    float[] in = data.floats("in");
    int n = data.size("n");
    int block = data.size("BLOCK");
    int grid = data.size("GRID");
    double[] partial = partialSums(in, n, block, grid);

    float[] partialOut = data.floats("partial");
    double total = 0;
    for (int b = 0; b < grid; b++) {
      partialOut[b] = (float) partial[b];
      total += partial[b];
    }
    data.floats("sum")[0] = (float) total;
  }

  /** Thread t of block b reads i = b * block + t, then i + grid * block, ...: block b owns those i. */
  static double[] partialSums(float[] in, int n, int block, int grid) {
    double[] partial = new double[grid];
    int stride = block * grid;
    for (int i = 0; i < n; i++) {
      partial[(i % stride) / block] += in[i];
    }
    return partial;
  }
}
