package dev.kport.kernels.mandelbrot;

import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModel;

/** Escape-time counts in the kernel's exact 64-bit fixed-point arithmetic (FRAC_BITS fraction bits). */
public final class MandelbrotModel implements ReferenceModel {

  @Override
  public String name() {
    return "mandelbrot";
  }

  @Override
  public void compute(ReferenceData data) {
    int[] iterations = data.ints("iterations");
    int width = data.size("width");
    int height = data.size("height");
    int maxIter = data.size("MAX_ITER");
    int frac = data.size("FRAC_BITS");
    long centerX = (long) data.value("CENTER_X_FX");
    long step = (long) data.value("STEP_FX");
    for (int py = 0; py < height; py++) {
      for (int px = 0; px < width; px++) {
        // width / 2 is C's integer division, as in the kernel
        long cx = centerX + (long) (px - width / 2) * step;
        long cy = (long) (py - height / 2) * step;
        iterations[py * width + px] = escapeCount(cx, cy, maxIter, frac);
      }
    }
  }

  static int escapeCount(long cx, long cy, int maxIter, int frac) {
    long four = 4L << frac;
    long x = 0;
    long y = 0;
    int it = 0;
    while (it < maxIter) {
      // >> is an arithmetic shift in Java as in CUDA and OpenCL C
      long x2 = (x * x) >> frac;
      long y2 = (y * y) >> frac;
      if (x2 + y2 > four) {
        break;
      }
      y = ((x * y) >> (frac - 1)) + cy;
      x = x2 - y2 + cx;
      it++;
    }
    return it;
  }
}
