package dev.kport.kernels.dot_double;

import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModel;

/**
 * result[0] = x . y. The kernel sums in double in some order; the reference uses compensated
 * summation (Ogita, Rump and Oishi's Dot2: error-free products via fma and error-free sums), as
 * accurate as summing in twice the precision, so the comparison measures the kernel's error only.
 */
public final class DotDoubleModel implements ReferenceModel {

  @Override
  public String name() {
    return "dot_double";
  }

  @Override
  public void compute(ReferenceData data) {
    double[] x = data.doubles("x");
    double[] y = data.doubles("y");
    int n = data.size("n");
    double sum = 0;
    double compensation = 0;
    for (int i = 0; i < n; i++) {
      double product = x[i] * y[i];
      double productError = Math.fma(x[i], y[i], -product);
      double next = sum + product;
      double z = next - sum;
      double sumError = (sum - (next - z)) + (product - z);
      sum = next;
      compensation += sumError + productError;
    }
    data.doubles("result")[0] = sum + compensation;
  }
}
