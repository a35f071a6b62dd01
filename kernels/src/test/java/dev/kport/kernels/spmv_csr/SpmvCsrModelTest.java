package dev.kport.kernels.spmv_csr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModels;
import org.junit.jupiter.api.Test;

class SpmvCsrModelTest {

  @Test
  void multipliesTheSparseRowsWithTheVector() {
    // A (3 x 4) = [ 2 0 0 1 ]    x = (1, 10, 100, 1000)
    //             [ 0 0 0 0 ]    y0 = 2*1 + 1*1000 = 1002
    //             [ 0 3 3 0 ]    y1 = 0 (empty row)
    //  plus a repeated column in row 2: (col 1, 0.5) -> y2 = 3*10 + 3*100 + 0.5*10 = 335
    ReferenceData d = new ReferenceData()
        .put("row_ptr", new int[] {0, 2, 2, 5})
        .put("col_idx", new int[] {0, 3, 1, 2, 1})
        .put("vals", new float[] {2, 1, 3, 3, 0.5f})
        .put("x", new float[] {1, 10, 100, 1000})
        .put("y", new float[] {-1, -1, -1})
        .var("rows", 3);
    ReferenceModels.byName("spmv_csr").orElseThrow().compute(d);
    assertThat(d.floats("y")).containsExactly(1002f, 0f, 335f);
  }
}
