package dev.kport.kernels.matmul_tiled;

import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModel;
import dev.kport.kernels.matmul_naive.MatmulNaiveModel;

/** Tiling changes where operands come from, not the product: the same C = A * B as matmul_naive. */
public final class MatmulTiledModel implements ReferenceModel {

  @Override
  public String name() {
    return "matmul_tiled";
  }

  @Override
  public void compute(ReferenceData data) {
    MatmulNaiveModel.multiply(data);
  }
}
