package dev.kport.kernels.two_stage;

import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModel;

/**
 * stats = (mean, population variance) of x, from sums in double. The intermediate {@code partial}
 * buffer depends on how the kernel splits the work, so it is not compared and left as it is.
 */
public final class TwoStageModel implements ReferenceModel {

  @Override
  public String name() {
    return "two_stage";
  }

  @Override
  public void compute(ReferenceData data) {
    float[] x = data.floats("x");
    int n = data.size("n");
    double sum = 0;
    double squares = 0;
    for (int i = 0; i < n; i++) {
      sum += x[i];
      squares += (double) x[i] * x[i];
    }
    double mean = sum / n;
    float[] stats = data.floats("stats");
    stats[0] = (float) mean;
    stats[1] = (float) (squares / n - mean * mean);
  }
}
