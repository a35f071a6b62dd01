package dev.kport.kernels.matmul_naive;

import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModel;

/** C = A * B, row-major, accumulated in double and rounded once per element. */
public final class MatmulNaiveModel implements ReferenceModel {

  @Override
  public String name() {
    return "matmul_naive";
  }

  @Override
  public void compute(ReferenceData data) {
    multiply(data);
  }

  /** Shared by every matmul spec with buffers A, B, C and sizes M, N, K. */
  public static void multiply(ReferenceData data) {
    float[] a = data.floats("A");
    float[] b = data.floats("B");
    float[] c = data.floats("C");
    int m = data.size("M");
    int n = data.size("N");
    int k = data.size("K");
    double[] row = new double[n];
    for (int i = 0; i < m; i++) {
      java.util.Arrays.fill(row, 0);
      // i-k-j order walks B and the row accumulator contiguously, which keeps 1024^3 near a second
      for (int p = 0; p < k; p++) {
        double aip = a[i * k + p];
        int bRow = p * n;
        for (int j = 0; j < n; j++) {
          row[j] += aip * b[bRow + j];
        }
      }
      for (int j = 0; j < n; j++) {
        c[i * n + j] = (float) row[j];
      }
    }
  }
}
