package dev.kport.kernels.vector_add;

import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModel;

/** c[i] = a[i] + b[i] in float, as the kernel does. */
public final class VectorAddModel implements ReferenceModel {

  @Override
  public String name() {
    return "vector_add";
  }

  @Override
  public void compute(ReferenceData data) {
    float[] a = data.floats("a");
    float[] b = data.floats("b");
    float[] c = data.floats("c");
    int n = data.size("n");
    for (int i = 0; i < n; i++) {
      c[i] = a[i] + b[i];
    }
  }
}
