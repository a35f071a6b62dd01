package dev.kport.kernels.saxpy;

import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModel;

/** y[i] = alpha * x[i] + y[i], rounded once per element as an fma would (the spec allows 1 ulp). */
public final class SaxpyModel implements ReferenceModel {

  @Override
  public String name() {
    return "saxpy";
  }

  @Override
  public void compute(ReferenceData data) {
    float alpha = (float) data.value("ALPHA");
    float[] x = data.floats("x");
    float[] y = data.floats("y");
    int n = data.size("n");
    for (int i = 0; i < n; i++) {
      y[i] = Math.fma(alpha, x[i], y[i]);
    }
  }
}
