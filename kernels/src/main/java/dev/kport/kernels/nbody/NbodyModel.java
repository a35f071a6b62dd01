package dev.kport.kernels.nbody;

import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModel;

/**
 * accel[i] = sum over j of m_j (p_j - p_i) / (|p_j - p_i|^2 + EPS2)^(3/2), in double, w = 0.
 * Positions and masses come as a float4 buffer (x, y, z, mass).
 */
public final class NbodyModel implements ReferenceModel {

  @Override
  public String name() {
    return "nbody";
  }

  @Override
  public void compute(ReferenceData data) {
    float[] pos = data.floats("pos");
    float[] accel = data.floats("accel");
    int n = data.size("n");
    double eps2 = data.value("EPS2");
    for (int i = 0; i < n; i++) {
      double[] a = accelerationOf(pos, i, n, eps2);
      accel[4 * i] = (float) a[0];
      accel[4 * i + 1] = (float) a[1];
      accel[4 * i + 2] = (float) a[2];
      accel[4 * i + 3] = 0f;
    }
  }

  private static double[] accelerationOf(float[] pos, int i, int n, double eps2) {
    double ax = 0;
    double ay = 0;
    double az = 0;
    for (int j = 0; j < n; j++) {
      double dx = (double) pos[4 * j] - pos[4 * i];
      double dy = (double) pos[4 * j + 1] - pos[4 * i + 1];
      double dz = (double) pos[4 * j + 2] - pos[4 * i + 2];
      double inv = 1.0 / Math.sqrt(dx * dx + dy * dy + dz * dz + eps2);
      double s = pos[4 * j + 3] * inv * inv * inv;
      ax += dx * s;
      ay += dy * s;
      az += dz * s;
    }
    return new double[] {ax, ay, az};
  }
}
