package dev.kport.harness.backend.opencl;

import static org.jocl.CL.*;

import dev.kport.harness.backend.BandwidthCache;
import org.jocl.CLException;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_command_queue;
import org.jocl.cl_context;
import org.jocl.cl_device_id;
import org.jocl.cl_event;
import org.jocl.cl_kernel;
import org.jocl.cl_mem;
import org.jocl.cl_program;

/**
 * A device's measured memory bandwidth: a STREAM-triad-like kernel ({@code a = b + s·c}, 12
 * bytes per element), best of several runs by the device's own timer, cached per device by
 * {@link BandwidthCache}.
 */
public final class BandwidthProbe {

  /** 2^24 floats per array: 192 MB moved per run, far past any CPU's last-level cache. */
  public static final int ELEMENTS = 1 << 24;
  /** Timed runs, after one that warms caches and page tables; the best counts. */
  public static final int RUNS = 10;
  private static final String SOURCE = "__kernel void triad(__global float *a, __global const float *b,\n"
      + "                    __global const float *c, const float s) {\n"
      + "  size_t i = get_global_id(0);\n"
      + "  a[i] = b[i] + s * c[i];\n"
      + "}\n";

  private BandwidthProbe() {}

  /** GB/s (1e9 bytes per second) for this device, probed once and then taken from the cache. */
  public static double peakGBs(OpenClBackend.Device device) {
    return BandwidthCache.peakGBs(key(device), () -> measure(device));
  }

  private static String key(OpenClBackend.Device d) {
    return OpenClBackend.platformString(d.platform(), CL_PLATFORM_NAME) + " | " + d.info().name() + " | "
        + OpenClBackend.deviceString(d.device(), CL_DRIVER_VERSION);
  }

  /** Runs the triad and returns the best GB/s; NaN when the device refuses (too little memory). */
  static double measure(OpenClBackend.Device device) {
    setExceptionsEnabled(true);
    cl_device_id dev = device.device();
    cl_context ctx = clCreateContext(null, 1, new cl_device_id[] {dev}, null, null, null);
    try {
      cl_command_queue q = clCreateCommandQueue(ctx, dev, CL_QUEUE_PROFILING_ENABLE, null);
      cl_program p = clCreateProgramWithSource(ctx, 1, new String[] {SOURCE}, null, null);
      clBuildProgram(p, 0, null, "-cl-std=CL1.2", null, null);
      cl_kernel k = clCreateKernel(p, "triad", null);
      long bytes = (long) ELEMENTS * Sizeof.cl_float;
      cl_mem[] m = new cl_mem[3];
      float[] one = {1f};
      for (int i = 0; i < 3; i++) {
        m[i] = clCreateBuffer(ctx, CL_MEM_READ_WRITE, bytes, null, null);
        clEnqueueFillBuffer(q, m[i], Pointer.to(one), Sizeof.cl_float, 0, bytes, 0, null, null);
      }
      for (int i = 0; i < 3; i++) {
        clSetKernelArg(k, i, Sizeof.cl_mem, Pointer.to(m[i]));
      }
      clSetKernelArg(k, 3, Sizeof.cl_float, Pointer.to(new float[] {3f}));
      long best = Long.MAX_VALUE;
      for (int r = 0; r < RUNS + 1; r++) {
        cl_event e = new cl_event();
        clEnqueueNDRangeKernel(q, k, 1, null, new long[] {ELEMENTS}, null, 0, null, e);
        clWaitForEvents(1, new cl_event[] {e});
        long[] t0 = new long[1];
        long[] t1 = new long[1];
        clGetEventProfilingInfo(e, CL_PROFILING_COMMAND_START, Sizeof.cl_ulong, Pointer.to(t0), null);
        clGetEventProfilingInfo(e, CL_PROFILING_COMMAND_END, Sizeof.cl_ulong, Pointer.to(t1), null);
        clReleaseEvent(e);
        if (r > 0) { // the first run warms caches and page tables
          best = Math.min(best, t1[0] - t0[0]);
        }
      }
      for (cl_mem x : m) {
        clReleaseMemObject(x);
      }
      clReleaseKernel(k);
      clReleaseProgram(p);
      clReleaseCommandQueue(q);
      return 3.0 * bytes / best;
    } catch (CLException e) {
      return Double.NaN;
    } finally {
      clReleaseContext(ctx);
    }
  }
}
