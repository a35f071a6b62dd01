package dev.kport.kernels.layernorm;

import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModel;

/**
 * Per row: mean, biased variance around the mean, rstd = 1 / sqrt(var + EPS), and
 * out = (x - mean) * rstd * gamma + beta; in double, EPS as the float the kernel receives.
 */
public final class LayernormModel implements ReferenceModel {

  @Override
  public String name() {
    return "layernorm";
  }

  @Override
  public void compute(ReferenceData data) {
    int rows = data.size("rows");
    int cols = data.size("cols");
    double eps = (float) data.value("EPS");
    for (int r = 0; r < rows; r++) {
      row(data, r, cols, eps);
    }
  }

  private static void row(ReferenceData data, int r, int cols, double eps) {
    float[] in = data.floats("in");
    float[] gamma = data.floats("gamma");
    float[] beta = data.floats("beta");
    float[] out = data.floats("out");
    int start = r * cols;
    double sum = 0;
    for (int j = 0; j < cols; j++) {
      sum += in[start + j];
    }
    double mean = sum / cols;
    double sq = 0;
    for (int j = 0; j < cols; j++) {
      double d = in[start + j] - mean;
      sq += d * d;
    }
    double rstd = 1 / Math.sqrt(sq / cols + eps);
    for (int j = 0; j < cols; j++) {
      out[start + j] = (float) ((in[start + j] - mean) * rstd * gamma[j] + beta[j]);
    }
    data.floats("mean")[r] = (float) mean;
    data.floats("rstd")[r] = (float) rstd;
  }
}
