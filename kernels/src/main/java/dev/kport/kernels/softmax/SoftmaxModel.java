package dev.kport.kernels.softmax;

import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModel;

/** Each row of out = exp(x - max) / sum(exp(x - max)) over its row of in, in double. */
public final class SoftmaxModel implements ReferenceModel {

  @Override
  public String name() {
    return "softmax";
  }

  @Override
  public void compute(ReferenceData data) {
    float[] in = data.floats("in");
    float[] out = data.floats("out");
    int rows = data.size("rows");
    int cols = data.size("cols");
    for (int r = 0; r < rows; r++) {
      row(in, out, r * cols, cols);
    }
  }

  private static void row(float[] in, float[] out, int start, int cols) {
    double max = Double.NEGATIVE_INFINITY;
    for (int j = 0; j < cols; j++) {
      max = Math.max(max, in[start + j]);
    }
    double sum = 0;
    for (int j = 0; j < cols; j++) {
      sum += Math.exp(in[start + j] - max);
    }
    for (int j = 0; j < cols; j++) {
      out[start + j] = (float) (Math.exp(in[start + j] - max) / sum);
    }
  }
}
