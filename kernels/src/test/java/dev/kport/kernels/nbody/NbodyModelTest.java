package dev.kport.kernels.nbody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModels;
import org.junit.jupiter.api.Test;

class NbodyModelTest {

  @Test
  void twoBodiesPullEachOtherAlongTheLineBetweenThem() {
    // body 0 at the origin, mass 2; body 1 at (3, 4, 0), mass 5; EPS2 = 11, so |r|^2 + EPS2 = 36
    // and (36)^(-3/2) = 1/216. Self terms have r = 0.
    // accel[0] = 5 * (3, 4, 0) / 216 = (15/216, 20/216, 0)
    // accel[1] = 2 * (-3, -4, 0) / 216 = (-6/216, -8/216, 0)
    ReferenceData d = new ReferenceData()
        .put("pos", new float[] {0, 0, 0, 2, 3, 4, 0, 5})
        .put("accel", new float[8])
        .var("n", 2)
        .var("EPS2", 11);
    ReferenceModels.byName("nbody").orElseThrow().compute(d);
    float[] a = d.floats("accel");
    assertThat(a[0]).isCloseTo(15f / 216, within(1e-7f));
    assertThat(a[1]).isCloseTo(20f / 216, within(1e-7f));
    assertThat(a[2]).isZero();
    assertThat(a[3]).isZero();
    assertThat(a[4]).isCloseTo(-6f / 216, within(1e-7f));
    assertThat(a[5]).isCloseTo(-8f / 216, within(1e-7f));
    assertThat(a[6]).isZero();
  }
}
