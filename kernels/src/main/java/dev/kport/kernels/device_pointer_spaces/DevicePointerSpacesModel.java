package dev.kport.kernels.device_pointer_spaces;

import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModel;

/** y = A x with A column-major (a[k * rows + row]), each row summed in double. */
public final class DevicePointerSpacesModel implements ReferenceModel {

  @Override
  public String name() {
    return "device_pointer_spaces";
  }

  @Override
  public void compute(ReferenceData data) {
    float[] a = data.floats("a");
    float[] x = data.floats("x");
    float[] y = data.floats("y");
    int rows = data.size("rows");
    int cols = data.size("cols");
    double[] sums = new double[rows];
    // column by column, so the column-major matrix is read in order
    for (int k = 0; k < cols; k++) {
      for (int row = 0; row < rows; row++) {
        sums[row] += (double) a[k * rows + row] * x[k];
      }
    }
    for (int row = 0; row < rows; row++) {
      y[row] = (float) sums[row];
    }
  }
}
