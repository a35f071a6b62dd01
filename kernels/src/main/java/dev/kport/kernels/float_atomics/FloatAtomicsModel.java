package dev.kport.kernels.float_atomics;

import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModel;

/**
 * sums[b] = sum of the values in bin b (in double), maxima[b] = the largest, both starting from
 * the buffers' initial contents (0 and -1, which the spec's fill steps also restore).
 */
public final class FloatAtomicsModel implements ReferenceModel {

  @Override
  public String name() {
    return "float_atomics";
  }

  @Override
  public void compute(ReferenceData data) {
    float[] values = data.floats("values");
    int[] bins = data.ints("bins");
    float[] sums = data.floats("sums");
    float[] maxima = data.floats("maxima");
    int n = data.size("n");
    double[] exact = new double[sums.length];
    for (int b = 0; b < sums.length; b++) {
      exact[b] = sums[b];
    }
    for (int i = 0; i < n; i++) {
      exact[bins[i]] += values[i];
      maxima[bins[i]] = Math.max(maxima[bins[i]], values[i]);
    }
    for (int b = 0; b < sums.length; b++) {
      sums[b] = (float) exact[b];
    }
  }
}
