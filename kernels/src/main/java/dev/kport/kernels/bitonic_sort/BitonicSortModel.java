package dev.kport.kernels.bitonic_sort;

import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModel;
import java.util.Arrays;

/** The first n keys sorted ascending: what any correct sorting network produces. */
public final class BitonicSortModel implements ReferenceModel {

  @Override
  public String name() {
    return "bitonic_sort";
  }

  @Override
  public void compute(ReferenceData data) {
    Arrays.sort(data.floats("keys"), 0, data.size("n"));
  }
}
