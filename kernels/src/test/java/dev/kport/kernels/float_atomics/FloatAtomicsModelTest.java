package dev.kport.kernels.float_atomics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModels;
import org.junit.jupiter.api.Test;

class FloatAtomicsModelTest {

  @Test
  void sumsAndMaximaPerBinLeaveEmptyBinsAlone() {
    // values 0.5, 0.25, 0.75, 0.125 in bins 0, 2, 0, 2; bin 1 is empty
    // sums: bin0 = 0.5 + 0.75 = 1.25, bin1 = 0, bin2 = 0.25 + 0.125 = 0.375
    // maxima: bin0 = 0.75, bin1 stays -1, bin2 = 0.25
    ReferenceData d = new ReferenceData()
        .put("values", new float[] {0.5f, 0.25f, 0.75f, 0.125f})
        .put("bins", new int[] {0, 2, 0, 2})
        .put("sums", new float[] {0, 0, 0})
        .put("maxima", new float[] {-1, -1, -1})
        .var("n", 4)
        .var("BINS", 3);
    ReferenceModels.byName("float_atomics").orElseThrow().compute(d);
    assertThat(d.floats("sums")).containsExactly(1.25f, 0f, 0.375f);
    assertThat(d.floats("maxima")).containsExactly(0.75f, -1f, 0.25f);
  }
}
