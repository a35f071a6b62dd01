package dev.kport.kernels;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each model against values computed by hand on a tiny input. */
class FirstKernelsModelTest {

  private static ReferenceModel model(String name) {
    return ReferenceModels.byName(name).orElseThrow();
  }

  @Test
  void vectorAddAddsElementwise() {
    ReferenceData d = new ReferenceData()
        .put("a", new float[] {1, 2, -3})
        .put("b", new float[] {0.5f, -2, 4})
        .put("c", new float[3])
        .var("n", 3);
    model("vector_add").compute(d);
    assertThat(d.floats("c")).containsExactly(1.5f, 0f, 1f);
  }

  @Test
  void saxpyScalesAndAdds() {
    ReferenceData d = new ReferenceData()
        .put("x", new float[] {1, -2, 0.5f})
        .put("y", new float[] {1, 1, 1})
        .var("n", 3)
        .var("ALPHA", 2.5);
    model("saxpy").compute(d);
    assertThat(d.floats("y")).containsExactly(3.5f, -4f, 2.25f);
  }

  @Test
  void reduceSharedSumsEachBlockOfTwiceBlockElements() {
    // BLOCK 2: each block sums 4 elements; 6 elements leave a partial last block
    ReferenceData d = new ReferenceData()
        .put("in", new float[] {1, 2, 3, 4, 10, 20})
        .put("partial", new float[2])
        .var("n", 6)
        .var("BLOCK", 2);
    model("reduce_shared").compute(d);
    assertThat(d.floats("partial")).containsExactly(10f, 30f);
  }

  @Test
  void everyModelHasAUniqueName() {
    assertThat(ReferenceModels.all()).containsKeys("vector_add", "saxpy", "reduce_shared");
  }
}
