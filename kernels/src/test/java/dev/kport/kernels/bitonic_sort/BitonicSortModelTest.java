package dev.kport.kernels.bitonic_sort;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModels;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BitonicSortModelTest {

  @Test
  void modelSortsTheKeysAscending() {
    ReferenceData d = new ReferenceData()
        .put("keys", new float[] {3, -1, 2.5f, -7, 0})
        .var("n", 5);
    ReferenceModels.byName("bitonic_sort").orElseThrow().compute(d);
    assertThat(d.floats("keys")).containsExactly(-7, -1, 0, 2.5f, 3);
  }

  @Test
  void theKernelsScheduleSortsAnyLength() {
    // Replays the spec's launches with the kernels' index arithmetic, with a 4-key chunk
    // (SORT_BLOCK 4, two threads), so the global and shared merge paths both run.
    Random random = new Random(5);
    for (int n : new int[] {1, 2, 3, 4, 5, 7, 8, 13, 16, 33, 100}) {
      float[] keys = new float[n];
      for (int i = 0; i < n; i++) {
        keys[i] = random.nextInt(20) - 10;
      }
      float[] expected = keys.clone();
      Arrays.sort(expected);
      new KernelSchedule(4, 2).run(keys);
      assertThat(keys).as("n = %d", n).containsExactly(expected);
    }
  }

  /** The steps of kernel.yaml over the kernels' comparator indices, on the host. */
  private static final class KernelSchedule {
    private final int sortBlock;
    private final int logSortBlock;

    KernelSchedule(int sortBlock, int logSortBlock) {
      this.sortBlock = sortBlock;
      this.logSortBlock = logSortBlock;
    }

    void run(float[] keys) {
      int n = keys.length;
      int logN = 32 - Integer.numberOfLeadingZeros(Math.max(n - 1, 1));
      for (int base = 0; base < n; base += sortBlock) {
        sortChunk(keys, base);
      }
      for (int p = logSortBlock + 1; p <= logN; p++) {
        for (int q = 0; q <= p - 1 - logSortBlock; q++) {
          mergeGlobal(keys, 1 << p, 1 << (p - 1 - q), 1 << (logN - 1));
        }
        for (int base = 0; base < n; base += sortBlock) {
          mergeChunk(keys, base);
        }
      }
    }

    private void sortChunk(float[] keys, int base) {
      float[] tile = load(keys, base);
      for (int k = 2; k <= sortBlock; k <<= 1) {
        for (int j = k >> 1; j > 0; j >>= 1) {
          for (int t = 0; t < sortBlock / 2; t++) {
            int lo = lowerIndex(t, j);
            exchange(tile, lo, j == k >> 1 ? lo ^ (k - 1) : lo + j);
          }
        }
      }
      store(keys, tile, base);
    }

    private void mergeChunk(float[] keys, int base) {
      float[] tile = load(keys, base);
      for (int j = sortBlock >> 1; j > 0; j >>= 1) {
        for (int t = 0; t < sortBlock / 2; t++) {
          int lo = lowerIndex(t, j);
          exchange(tile, lo, lo + j);
        }
      }
      store(keys, tile, base);
    }

    private static void mergeGlobal(float[] keys, int k, int j, int comparators) {
      for (int c = 0; c < comparators; c++) {
        int lo = lowerIndex(c, j);
        int hi = j == k >> 1 ? lo ^ (k - 1) : lo + j;
        if (hi < keys.length) {
          exchange(keys, lo, hi);
        }
      }
    }

    private static int lowerIndex(int c, int j) {
      return 2 * j * (c / j) + c % j;
    }

    private static void exchange(float[] a, int lo, int hi) {
      if (a[lo] > a[hi]) {
        float t = a[lo];
        a[lo] = a[hi];
        a[hi] = t;
      }
    }

    private float[] load(float[] keys, int base) {
      float[] tile = new float[sortBlock];
      for (int i = 0; i < sortBlock; i++) {
        tile[i] = base + i < keys.length ? keys[base + i] : Float.POSITIVE_INFINITY;
      }
      return tile;
    }

    private void store(float[] keys, float[] tile, int base) {
      for (int i = 0; i < sortBlock && base + i < keys.length; i++) {
        keys[base + i] = tile[i];
      }
    }
  }
}
