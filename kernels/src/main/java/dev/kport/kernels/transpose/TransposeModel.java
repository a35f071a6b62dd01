package dev.kport.kernels.transpose;

import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModel;

/** out (cols x rows) = the transpose of in (rows x cols), both row-major. */
public final class TransposeModel implements ReferenceModel {

  @Override
  public String name() {
    return "transpose";
  }

  @Override
  public void compute(ReferenceData data) {
    float[] in = data.floats("in");
    float[] out = data.floats("out");
    int rows = data.size("rows");
    int cols = data.size("cols");
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        out[c * rows + r] = in[r * cols + c];
      }
    }
  }
}
