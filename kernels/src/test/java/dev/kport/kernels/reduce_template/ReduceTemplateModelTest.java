package dev.kport.kernels.reduce_template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModels;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ReduceTemplateModelTest {

  @Test
  void eachInstanceSumsBlocksOfTwiceItsBlockSize() {
    int n = 600;
    // float instance, 512 per block: all ones, in_f[511] = 100 -> block 0 = 511 + 100 = 611,
    // block 1 = the 88 ones of 512..599 = 88.
    float[] inF = new float[n];
    Arrays.fill(inF, 1f);
    inF[511] = 100f;
    // double instance, 256 per block, in_d[i] = i: block 0 = 0+..+255 = 255*256/2 = 32640;
    // block 1 = 256+..+511 = (256+511)*256/2 = 98176; block 2 = 512+..+599 = (512+599)*88/2 = 48884.
    double[] inD = new double[n];
    Arrays.setAll(inD, i -> i);
    ReferenceData d = new ReferenceData()
        .put("in_f", inF).put("partial_f", new float[2])
        .put("in_d", inD).put("partial_d", new double[3])
        .var("n", n);
    ReferenceModels.byName("reduce_template").orElseThrow().compute(d);
    assertThat(d.floats("partial_f")).containsExactly(611f, 88f);
    assertThat(d.doubles("partial_d")).containsExactly(32640, 98176, 48884);
  }
}
