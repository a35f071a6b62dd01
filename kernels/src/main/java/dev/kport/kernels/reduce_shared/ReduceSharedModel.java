package dev.kport.kernels.reduce_shared;

import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModel;

/** partial[b] = sum of in[b * 2 * BLOCK .. (b + 1) * 2 * BLOCK), added in double. */
public final class ReduceSharedModel implements ReferenceModel {

  @Override
  public String name() {
    return "reduce_shared";
  }

  @Override
  public void compute(ReferenceData data) {
    float[] in = data.floats("in");
    float[] partial = data.floats("partial");
    int n = data.size("n");
    int perBlock = 2 * data.size("BLOCK");
    for (int b = 0; b < partial.length; b++) {
      double sum = 0;
      for (int i = b * perBlock; i < Math.min(n, (b + 1) * perBlock); i++) {
        sum += in[i];
      }
      partial[b] = (float) sum;
    }
  }
}
