package dev.kport.kernels.spmv_csr;

import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModel;

/** y = A x for A in CSR form, each row summed in double. */
public final class SpmvCsrModel implements ReferenceModel {

  @Override
  public String name() {
    return "spmv_csr";
  }

  @Override
  public void compute(ReferenceData data) {
    int[] rowPtr = data.ints("row_ptr");
    int[] colIdx = data.ints("col_idx");
    float[] vals = data.floats("vals");
    float[] x = data.floats("x");
    float[] y = data.floats("y");
    int rows = data.size("rows");
    for (int row = 0; row < rows; row++) {
      double sum = 0;
      for (int k = rowPtr[row]; k < rowPtr[row + 1]; k++) {
        sum += (double) vals[k] * x[colIdx[k]];
      }
      y[row] = (float) sum;
    }
  }
}
