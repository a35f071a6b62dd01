package dev.kport.kernels.convolution_constant;

import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModel;

/** out = in convolved with the (2R+1)^2 mask c_mask, zero outside the image; in double. */
public final class ConvolutionConstantModel implements ReferenceModel {

  @Override
  public String name() {
    return "convolution_constant";
  }

  @Override
  public void compute(ReferenceData data) {
    float[] in = data.floats("in");
    float[] out = data.floats("out");
    float[] mask = data.floats("c_mask");
    int w = data.size("W");
    int h = data.size("H");
    int r = data.size("MASK_RADIUS");
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        out[y * w + x] = (float) pixel(in, mask, w, h, r, x, y);
      }
    }
  }

  private static double pixel(float[] in, float[] mask, int w, int h, int r, int x, int y) {
    int width = 2 * r + 1;
    double acc = 0;
    for (int dy = -r; dy <= r; dy++) {
      for (int dx = -r; dx <= r; dx++) {
        int yy = y + dy;
        int xx = x + dx;
        if (yy >= 0 && yy < h && xx >= 0 && xx < w) {
          acc += (double) mask[(dy + r) * width + (dx + r)] * in[yy * w + xx];
        }
      }
    }
    return acc;
  }
}
