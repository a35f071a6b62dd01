package dev.kport.kernels.struct_args;

import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModel;

/**
 * One Euler step with a damped bounce at the floor, in float and in the kernel's operation order.
 * The particle buffer holds {x, y, vx, vy} per particle.
 */
public final class StructArgsModel implements ReferenceModel {

  @Override
  public String name() {
    return "struct_args";
  }

  @Override
  public void compute(ReferenceData data) {
    float[] p = data.floats("particles");
    int n = data.size("n");
    // the kernel receives the parameters as float fields
    float dt = (float) data.value("DT");
    float gravity = (float) data.value("GRAVITY");
    float damping = (float) data.value("DAMPING");
    float floorY = (float) data.value("FLOOR_Y");
    for (int i = 0; i < n; i++) {
      int b = 4 * i;
      float vy = p[b + 3] - gravity * dt;
      float x = p[b] + p[b + 2] * dt;
      float y = p[b + 1] + vy * dt;
      if (y < floorY) {
        y = floorY + (floorY - y) * damping;
        vy = -vy * damping;
      }
      p[b] = x;
      p[b + 1] = y;
      p[b + 3] = vy;
    }
  }
}
