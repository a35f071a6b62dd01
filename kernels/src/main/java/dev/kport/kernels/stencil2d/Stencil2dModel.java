package dev.kport.kernels.stencil2d;

import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModel;

/**
 * ITERS heat-equation steps with fixed boundaries, in double, left in {@code u} (the spec swaps
 * u and u_next after every step, so u names the newest grid).
 */
public final class Stencil2dModel implements ReferenceModel {

  @Override
  public String name() {
    return "stencil2d";
  }

  @Override
  public void compute(ReferenceData data) {
    float[] u = data.floats("u");
    int w = data.size("W");
    int h = data.size("H");
    double alpha = (float) data.value("ALPHA");   // the kernel receives a float
    int iters = data.size("ITERS");
    double[] cur = new double[u.length];
    for (int i = 0; i < u.length; i++) {
      cur[i] = u[i];
    }
    double[] next = cur.clone();   // boundaries never change
    for (int it = 0; it < iters; it++) {
      step(cur, next, w, h, alpha);
      double[] t = cur;
      cur = next;
      next = t;
    }
    for (int i = 0; i < u.length; i++) {
      u[i] = (float) cur[i];
    }
  }

  private static void step(double[] in, double[] out, int w, int h, double alpha) {
    for (int y = 1; y < h - 1; y++) {
      for (int x = 1; x < w - 1; x++) {
        int i = y * w + x;
        double c = in[i];
        out[i] = c + alpha * (in[i - 1] + in[i + 1] + in[i - w] + in[i + w] - 4 * c);
      }
    }
  }
}
