package dev.kport.kernels.dynamic_shared;

import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModel;

/** out[i] = sum over k of w[k] * in[i + k - RADIUS], in treated as 0 outside [0, n); in double. */
public final class DynamicSharedModel implements ReferenceModel {

  @Override
  public String name() {
    return "dynamic_shared";
  }

  @Override
  public void compute(ReferenceData data) {
    float[] in = data.floats("in");
    float[] w = data.floats("weights");
    float[] out = data.floats("out");
    int n = data.size("n");
    int radius = data.size("RADIUS");
    for (int i = 0; i < n; i++) {
      double sum = 0;
      for (int k = 0; k <= 2 * radius; k++) {
        int g = i + k - radius;
        if (g >= 0 && g < n) {
          sum += (double) w[k] * in[g];
        }
      }
      out[i] = (float) sum;
    }
  }
}
