package dev.kport.kernels.histogram_global;

import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModel;

/** bins[v] = how many bytes of data equal v (data read as unsigned). */
public final class HistogramGlobalModel implements ReferenceModel {

  @Override
  public String name() {
    return "histogram_global";
  }

  @Override
  public void compute(ReferenceData data) {
    byte[] values = data.bytes("data");
    int[] bins = data.ints("bins");
    int n = data.size("n");
    java.util.Arrays.fill(bins, 0);
    for (int i = 0; i < n; i++) {
      bins[values[i] & 0xff]++;
    }
  }
}
