package dev.kport.harness.testmodels;

import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModel;

/** y = x: the reference of the harness's own test kernels that copy a buffer. */
public final class CopyModel implements ReferenceModel {

  @Override
  public String name() {
    return "copy";
  }

  @Override
  public void compute(ReferenceData data) {
    float[] x = data.floats("x");
    System.arraycopy(x, 0, data.floats("y"), 0, x.length);
  }
}
