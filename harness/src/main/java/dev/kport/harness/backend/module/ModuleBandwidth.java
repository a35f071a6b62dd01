package dev.kport.harness.backend.module;

import dev.kport.harness.backend.opencl.BandwidthProbe;
import dev.kport.harness.run.DeviceException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The bandwidth probe of the module backends (CUDA, HIP): the same triad as the OpenCL
 * {@link BandwidthProbe}, over the same {@link BandwidthProbe#ELEMENTS} floats per array, timed
 * by the runtime's events with the stream held (so a launch's submission is not counted), best of
 * {@link BandwidthProbe#RUNS} runs after a warm one. The same figure on both kinds of column makes
 * their "% of peak" comparable.
 */
public final class ModuleBandwidth {

  /** The triad in CUDA C, which hipcc also builds; C linkage so the symbol is its name. */
  public static final String SOURCE = "extern \"C\" __global__ void kport_triad(float *a, const float *b,\n"
      + "    const float *c, float s, unsigned int n) {\n"
      + "  unsigned int i = blockIdx.x * blockDim.x + threadIdx.x;\n"
      + "  if (i < n) {\n"
      + "    a[i] = b[i] + s * c[i];\n"
      + "  }\n"
      + "}\n";
  static final String SYMBOL = "kport_triad";
  static final int BLOCK = 256;

  private ModuleBandwidth() {}

  /**
   * Loads the built triad into {@code driver} (which must hold no module yet), runs it and
   * returns the best GB/s (1e9 bytes per second).
   */
  public static double measure(ModuleDriver driver, byte[] image) throws DeviceException {
    int n = BandwidthProbe.ELEMENTS;
    long bytes = 4L * n;
    driver.load(image);
    long function = driver.function(SYMBOL);
    long[] arrays = new long[3];
    try {
      ByteBuffer ones = ByteBuffer.allocateDirect((int) bytes).order(ByteOrder.LITTLE_ENDIAN);
      for (int i = 0; i < n; i++) {
        ones.putFloat(4 * i, 1f);
      }
      for (int i = 0; i < arrays.length; i++) {
        arrays[i] = driver.alloc(bytes);
        driver.copyIn(arrays[i], ones, bytes);
      }
      KernelParams params = params(arrays, n);
      long[] grid = {(n + BLOCK - 1) / BLOCK, 1, 1};
      long[] block = {BLOCK, 1, 1};
      long best = Long.MAX_VALUE;
      for (int r = 0; r <= BandwidthProbe.RUNS; r++) {
        long[] events = driver.timedLaunch(function, grid, block, params);
        long ns = driver.elapsedNs(events[0], events[1]);
        if (r > 0 && ns > 0) { // the first run warms caches and page tables
          best = Math.min(best, ns);
        }
      }
      return best == Long.MAX_VALUE ? Double.NaN : 3.0 * bytes / best;
    } finally {
      for (long a : arrays) {
        if (a != 0) {
          driver.free(a);
        }
      }
    }
  }

  /** a, b, c as 64-bit addresses, then s and n: the kernel's parameters as the runtime reads them. */
  private static KernelParams params(long[] arrays, int n) {
    ByteBuffer packed = ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN);
    for (long a : arrays) {
      packed.putLong(a);
    }
    packed.putFloat(3f).putInt(n);
    return new KernelParams(packed.array(), new int[] {0, 8, 16, 24, 28}, new int[] {8, 8, 8, 4, 4}, 0);
  }
}
