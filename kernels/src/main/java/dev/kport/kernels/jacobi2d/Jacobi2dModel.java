package dev.kport.kernels.jacobi2d;

import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModel;

/**
 * iters Jacobi sweeps in float, in the kernel's operation order, with fixed boundaries. As the
 * spec swaps the two buffers after each sweep, the newest sweep ends in {@code field} and the one
 * before it in {@code scratch}.
 */
public final class Jacobi2dModel implements ReferenceModel {

  @Override
  public String name() {
    return "jacobi2d";
  }

  @Override
  public void compute(ReferenceData data) {
    int width = data.size("width");
    int height = data.size("height");
    int iters = data.size("iters");
    float[] current = data.floats("field").clone();
    float[] previous = data.floats("scratch").clone();
    for (int it = 0; it < iters; it++) {
      sweep(current, previous, width, height);
      float[] t = current;
      current = previous;
      previous = t;
    }
    System.arraycopy(current, 0, data.floats("field"), 0, current.length);
    System.arraycopy(previous, 0, data.floats("scratch"), 0, previous.length);
  }

  private static void sweep(float[] in, float[] out, int width, int height) {
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int i = y * width + x;
        boolean boundary = x == 0 || y == 0 || x == width - 1 || y == height - 1;
        out[i] = boundary ? in[i] : 0.25f * (in[i - 1] + in[i + 1] + in[i - width] + in[i + width]);
      }
    }
  }
}
