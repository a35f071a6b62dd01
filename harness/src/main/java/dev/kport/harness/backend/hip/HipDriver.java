package dev.kport.harness.backend.hip;

import dev.kport.harness.backend.module.KernelParams;
import dev.kport.harness.backend.module.ModuleDriver;
import dev.kport.harness.run.DeviceException;
import java.nio.ByteBuffer;

/** {@link ModuleDriver} over the HIP runtime (through {@link HipRuntime}), on one device. */
final class HipDriver implements ModuleDriver {

  private long module;

  /** Selects the device; the caller has checked with {@link HipBackend#probe} that one exists. */
  HipDriver(int device) throws DeviceException {
    HipBackend.ensureOpen();
    check(HipRuntime.setDevice(device), "hipSetDevice");
  }

  static void check(int error, String call) throws DeviceException {
    if (error != 0) {
      throw new DeviceException(call + ": " + HipBackend.describe(error));
    }
  }

  @Override
  public void load(byte[] image) throws DeviceException {
    long[] m = new long[1];
    check(HipRuntime.moduleLoad(m, image), "hipModuleLoadData");
    module = m[0];
  }

  @Override
  public long function(String symbol) throws DeviceException {
    long[] f = new long[1];
    check(HipRuntime.moduleFunction(f, module, symbol), "hipModuleGetFunction(" + symbol + ")");
    return f[0];
  }

  @Override
  public Global global(String symbol) throws DeviceException {
    long[] out = new long[2];
    check(HipRuntime.moduleGlobal(out, module, symbol), "hipModuleGetGlobal(" + symbol + ")");
    return new Global(out[0], out[1]);
  }

  @Override
  public long alloc(long bytes) throws DeviceException {
    long[] p = new long[1];
    check(HipRuntime.malloc(p, bytes), "hipMalloc(" + bytes + " bytes)");
    return p[0];
  }

  @Override
  public void free(long address) {
    HipRuntime.free(address); // a failed free after a device error changes nothing for the result
  }

  @Override
  public void copyIn(long dst, ByteBuffer src, long bytes) throws DeviceException {
    check(HipRuntime.copyHtoD(dst, src.duplicate().clear(), 0, bytes), "hipMemcpyHtoD");
  }

  @Override
  public void copyOut(ByteBuffer dst, long src, long bytes) throws DeviceException {
    check(HipRuntime.copyDtoH(dst.duplicate().clear(), 0, src, bytes), "hipMemcpyDtoH");
  }

  @Override
  public void copy(long dst, long src, long bytes) throws DeviceException {
    check(HipRuntime.copyDtoD(dst, src, bytes), "hipMemcpyDtoD");
  }

  @Override
  public void launch(long function, long[] grid, long[] block, KernelParams params) throws DeviceException {
    long[] dims = {grid[0], grid[1], grid[2], block[0], block[1], block[2]};
    check(HipRuntime.launch(function, dims, (int) params.sharedBytes(), params.packed(), params.offsets(),
        params.count()), "hipModuleLaunchKernel");
  }

  @Override
  public long record() throws DeviceException {
    long[] e = new long[1];
    check(HipRuntime.eventCreate(e), "hipEventCreate");
    check(HipRuntime.eventRecord(e[0]), "hipEventRecord");
    return e[0];
  }

  @Override
  public long elapsedNs(long start, long stop) throws DeviceException {
    try {
      check(HipRuntime.eventSynchronize(stop), "hipEventSynchronize");
      float[] ms = new float[1];
      check(HipRuntime.eventElapsed(ms, start, stop), "hipEventElapsedTime");
      return Math.round(ms[0] * 1e6);
    } finally {
      HipRuntime.eventDestroy(start);
      HipRuntime.eventDestroy(stop);
    }
  }

  @Override
  public void synchronize() throws DeviceException {
    check(HipRuntime.synchronize(), "hipDeviceSynchronize");
  }

  @Override
  public void close() {
    if (module != 0) {
      HipRuntime.moduleUnload(module);
      module = 0;
    }
  }
}
