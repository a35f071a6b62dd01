package dev.kport.kernels.reduce_template;

import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModel;

/**
 * Both instances of reduce_template: {@code reduce<float, 256>} sums blocks of 512 floats,
 * {@code reduce<double, 128>} blocks of 256 doubles; the block sizes are the spec's template
 * arguments. Adds in double.
 */
public final class ReduceTemplateModel implements ReferenceModel {

  static final int FLOAT_BLOCK = 256;
  static final int DOUBLE_BLOCK = 128;

  @Override
  public String name() {
    return "reduce_template";
  }

  @Override
  public void compute(ReferenceData data) {
    int n = data.size("n");
    float[] inF = data.floats("in_f");
    float[] partialF = data.floats("partial_f");
    for (int b = 0; b < partialF.length; b++) {
      partialF[b] = (float) blockSum(inF, n, b, 2 * FLOAT_BLOCK);
    }
    double[] inD = data.doubles("in_d");
    double[] partialD = data.doubles("partial_d");
    for (int b = 0; b < partialD.length; b++) {
      partialD[b] = blockSum(inD, n, b, 2 * DOUBLE_BLOCK);
    }
  }

  private static double blockSum(float[] in, int n, int b, int perBlock) {
    double sum = 0;
    for (int i = b * perBlock; i < Math.min(n, (b + 1) * perBlock); i++) {
      sum += in[i];
    }
    return sum;
  }

  private static double blockSum(double[] in, int n, int b, int perBlock) {
    double sum = 0;
    for (int i = b * perBlock; i < Math.min(n, (b + 1) * perBlock); i++) {
      sum += in[i];
    }
    return sum;
  }
}
