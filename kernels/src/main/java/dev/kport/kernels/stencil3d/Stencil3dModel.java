package dev.kport.kernels.stencil3d;

import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModel;

/** out = C0 * centre + C1 * (six face neighbours) inside, out = in on the boundary; in double. */
public final class Stencil3dModel implements ReferenceModel {

  @Override
  public String name() {
    return "stencil3d";
  }

  @Override
  public void compute(ReferenceData data) {
    float[] in = data.floats("in");
    float[] out = data.floats("out");
    int nx = data.size("nx");
    int ny = data.size("ny");
    int nz = data.size("nz");
    double c0 = (float) data.value("C0");   // the kernel receives floats
    double c1 = (float) data.value("C1");
    int plane = nx * ny;
    System.arraycopy(in, 0, out, 0, nx * ny * nz);
    for (int z = 1; z < nz - 1; z++) {
      for (int y = 1; y < ny - 1; y++) {
        for (int x = 1; x < nx - 1; x++) {
          int i = z * plane + y * nx + x;
          double faces = (double) in[i - 1] + in[i + 1] + in[i - nx] + in[i + nx]
              + in[i - plane] + in[i + plane];
          out[i] = (float) (c0 * in[i] + c1 * faces);
        }
      }
    }
  }
}
