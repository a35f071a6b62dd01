package dev.kport.kernels.histogram_shared;

import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModel;

/** bins[b] = how many x fall in [b / NUM_BINS, (b + 1) / NUM_BINS); 1.0 counts in the last bin. */
public final class HistogramSharedModel implements ReferenceModel {

  @Override
  public String name() {
    return "histogram_shared";
  }

  @Override
  public void compute(ReferenceData data) {
    float[] x = data.floats("x");
    int[] bins = data.ints("bins");
    int n = data.size("n");
    int numBins = data.size("NUM_BINS");
    java.util.Arrays.fill(bins, 0);
    for (int i = 0; i < n; i++) {
      // the same float product and truncation as the kernel
      bins[Math.min((int) (x[i] * numBins), numBins - 1)]++;
    }
  }
}
