package dev.kport.kernels.struct_args;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModels;
import org.junit.jupiter.api.Test;

class StructArgsModelTest {

  @Test
  void movesOneParticleAndBouncesTheOther() {
    // dt 0.5, gravity 2, damping 0.5, floor -1 (all exact in binary).
    // particle 0 (x 1, y 2, vx 4, vy 0): vy = 0 - 2 * 0.5 = -1; x = 1 + 4 * 0.5 = 3;
    //   y = 2 + (-1) * 0.5 = 1.5, above the floor.
    // particle 1 (x 0, y -0.5, vx 0, vy -2): vy = -2 - 1 = -3; y = -0.5 - 1.5 = -2 < -1:
    //   y = -1 + (-1 - -2) * 0.5 = -0.5; vy = 3 * 0.5 = 1.5.
    ReferenceData d = new ReferenceData()
        .put("particles", new float[] {1, 2, 4, 0, 0, -0.5f, 0, -2})
        .var("n", 2)
        .var("DT", 0.5)
        .var("GRAVITY", 2)
        .var("DAMPING", 0.5)
        .var("FLOOR_Y", -1);
    ReferenceModels.byName("struct_args").orElseThrow().compute(d);
    assertThat(d.floats("particles")).containsExactly(3, 1.5f, 4, -1, 0, -0.5f, 0, 1.5f);
  }
}
