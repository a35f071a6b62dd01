package dev.kport.harness.testmodels;

import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModel;

/** y = A * x: the benchmark test kernel's result, however much extra work it does. */
public final class BenchScaleModel implements ReferenceModel {

  @Override
  public String name() {
    return "bench_scale";
  }

  @Override
  public void compute(ReferenceData data) {
    float a = (float) data.value("A");
    float[] x = data.floats("x");
    float[] y = data.floats("y");
    for (int i = 0; i < x.length; i++) {
      y[i] = a * x[i];
    }
  }
}
