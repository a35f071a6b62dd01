package dev.kport.harness.backend.cuda;

import dev.kport.harness.backend.module.KernelParams;
import dev.kport.harness.backend.module.ModuleDriver;
import dev.kport.harness.run.DeviceException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import jcuda.CudaException;
import jcuda.NativePointerObject;
import jcuda.Pointer;
import jcuda.driver.CUcontext;
import jcuda.driver.CUdevice;
import jcuda.driver.CUdeviceptr;
import jcuda.driver.CUevent;
import jcuda.driver.CUfunction;
import jcuda.driver.CUmodule;
import jcuda.driver.CUstreamWaitValue_flags;
import jcuda.driver.JCudaDriver;

/**
 * {@link ModuleDriver} over the CUDA driver API (JCuda): the primary context of one device, one module.
 * JCuda hands out device pointers as objects; kport's executor works with raw addresses (they
 * are what a kernel parameter holds), so each allocation and global is kept by its address and
 * an address inside it becomes that object plus an offset.
 */
final class CudaDriver implements ModuleDriver {

  private final CUcontext context = new CUcontext();
  private final CUdevice device = new CUdevice();
  private final CUmodule module = new CUmodule();
  private final TreeMap<Long, Address> regions = new TreeMap<>();
  private final Map<Long, CUfunction> functions = new HashMap<>();
  private final Map<Long, CUevent> events = new HashMap<>();
  private long nextHandle = 1;
  private boolean loaded;
  /** What {@link #hold()} waits on, made at the first hold; {@code gateRefused} once the driver refused one. */
  private Gate gate;
  private boolean gateRefused;

  /** A device pointer whose address kport can read. */
  private static final class Address extends CUdeviceptr {
    long value() {
      return getNativePointer();
    }
  }

  CudaDriver(int ordinal) throws DeviceException {
    // the primary context: the one the runtime API would use, and the same call on every driver
    // version (cuCtxCreate changed its signature in CUDA 13)
    call(() -> {
      JCudaDriver.setExceptionsEnabled(true);
      JCudaDriver.cuInit(0);
      JCudaDriver.cuDeviceGet(device, ordinal);
      JCudaDriver.cuDevicePrimaryCtxRetain(context, device);
      JCudaDriver.cuCtxSetCurrent(context);
    }, "making the device's context current");
  }

  private interface Call {
    void run();
  }

  /** JCuda throws CudaException with the driver's error name (CUDA_ERROR_...) as its message. */
  private static void call(Call c, String what) throws DeviceException {
    try {
      c.run();
    } catch (CudaException e) {
      throw new DeviceException(what + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void load(byte[] image) throws DeviceException {
    call(() -> JCudaDriver.cuModuleLoadData(module, image), "cuModuleLoadData");
    loaded = true;
  }

  @Override
  public long function(String symbol) throws DeviceException {
    CUfunction f = new CUfunction();
    call(() -> JCudaDriver.cuModuleGetFunction(f, module, symbol), "cuModuleGetFunction(" + symbol + ")");
    long handle = nextHandle++;
    functions.put(handle, f);
    return handle;
  }

  @Override
  public Global global(String symbol) throws DeviceException {
    Address a = new Address();
    long[] bytes = new long[1];
    call(() -> JCudaDriver.cuModuleGetGlobal(a, bytes, module, symbol), "cuModuleGetGlobal(" + symbol + ")");
    regions.put(a.value(), a);
    return new Global(a.value(), bytes[0]);
  }

  @Override
  public long alloc(long bytes) throws DeviceException {
    Address a = new Address();
    call(() -> JCudaDriver.cuMemAlloc(a, bytes), "cuMemAlloc(" + bytes + " bytes)");
    regions.put(a.value(), a);
    return a.value();
  }

  @Override
  public void free(long address) {
    Address a = regions.remove(address);
    if (a != null) {
      try {
        JCudaDriver.cuMemFree(a);
      } catch (CudaException e) {
        // freeing after a device error can fail again; the context's end frees it anyway
      }
    }
  }

  /** The device pointer object for an address inside an allocation or global. */
  private CUdeviceptr at(long address) throws DeviceException {
    Map.Entry<Long, Address> region = regions.floorEntry(address);
    if (region == null) {
      throw new DeviceException("address 0x" + Long.toHexString(address) + " is in no allocation");
    }
    return region.getValue().withByteOffset(address - region.getKey());
  }

  @Override
  public void copyIn(long dst, ByteBuffer src, long bytes) throws DeviceException {
    CUdeviceptr d = at(dst);
    call(() -> JCudaDriver.cuMemcpyHtoD(d, Pointer.to(src.duplicate().clear()), bytes), "cuMemcpyHtoD");
  }

  @Override
  public void copyOut(ByteBuffer dst, long src, long bytes) throws DeviceException {
    CUdeviceptr s = at(src);
    call(() -> JCudaDriver.cuMemcpyDtoH(Pointer.to(dst.duplicate().clear()), s, bytes), "cuMemcpyDtoH");
  }

  @Override
  public void copy(long dst, long src, long bytes) throws DeviceException {
    CUdeviceptr d = at(dst);
    CUdeviceptr s = at(src);
    call(() -> JCudaDriver.cuMemcpyDtoD(d, s, bytes), "cuMemcpyDtoD");
  }

  @Override
  public void launch(long function, long[] grid, long[] block, KernelParams params) throws DeviceException {
    NativePointerObject[] values = new NativePointerObject[params.count()];
    for (int i = 0; i < values.length; i++) {
      values[i] = Pointer.to(params.value(i));
    }
    CUfunction f = functions.get(function);
    call(() -> JCudaDriver.cuLaunchKernel(f, (int) grid[0], (int) grid[1], (int) grid[2], (int) block[0],
        (int) block[1], (int) block[2], (int) params.sharedBytes(), null, Pointer.to(values), null), "cuLaunchKernel");
  }

  /**
   * A word of pinned host memory that the default stream waits on (cuStreamWaitValue32) until
   * the host writes the hold's ticket into it. Tickets only grow, and the wait is "at least", so a
   * late release never blocks a later hold.
   */
  private static final class Gate {
    private static final VarHandle WORD = MethodHandles.byteBufferViewVarHandle(int[].class, ByteOrder.nativeOrder());
    private final Pointer host = new Pointer();
    private final CUdeviceptr device = new CUdeviceptr();
    private final ByteBuffer word;
    private int ticket;

    Gate() {
      JCudaDriver.cuMemHostAlloc(host, 4, JCudaDriver.CU_MEMHOSTALLOC_DEVICEMAP);
      try {
        JCudaDriver.cuMemHostGetDevicePointer(device, host, 0);
      } catch (CudaException e) {
        JCudaDriver.cuMemFreeHost(host);
        throw e;
      }
      word = host.getByteBuffer(0, 4);
      WORD.setVolatile(word, 0, 0);
    }

    void hold() {
      JCudaDriver.cuStreamWaitValue32(null, device, ticket + 1, CUstreamWaitValue_flags.CU_STREAM_WAIT_VALUE_GEQ);
      ticket++;
    }

    void release() {
      WORD.setVolatile(word, 0, ticket);
    }

    void free() {
      JCudaDriver.cuMemFreeHost(host);
    }
  }

  @Override
  public void hold() {
    if (gateRefused) {
      return;
    }
    try {
      if (gate == null) {
        gate = new Gate();
      }
      gate.hold();
    } catch (CudaException e) {
      // a driver without stream memory operations: time launches unheld, submission included
      gateRefused = true;
    }
  }

  @Override
  public void release() {
    if (gate != null) {
      gate.release();
    }
  }

  @Override
  public long record() throws DeviceException {
    CUevent e = new CUevent();
    call(() -> {
      JCudaDriver.cuEventCreate(e, 0);
      JCudaDriver.cuEventRecord(e, null);
    }, "cuEventRecord");
    long handle = nextHandle++;
    events.put(handle, e);
    return handle;
  }

  @Override
  public long elapsedNs(long start, long stop) throws DeviceException {
    CUevent a = events.remove(start);
    CUevent b = events.remove(stop);
    float[] ms = new float[1];
    try {
      call(() -> {
        JCudaDriver.cuEventSynchronize(b);
        JCudaDriver.cuEventElapsedTime(ms, a, b);
      }, "cuEventElapsedTime");
    } finally {
      destroy(a);
      destroy(b);
    }
    return Math.round(ms[0] * 1e6);
  }

  private static void destroy(CUevent e) {
    try {
      JCudaDriver.cuEventDestroy(e);
    } catch (CudaException x) {
      // nothing more to release
    }
  }

  @Override
  public void synchronize() throws DeviceException {
    call(JCudaDriver::cuCtxSynchronize, "cuCtxSynchronize");
  }

  @Override
  public void close() {
    try {
      events.values().forEach(CudaDriver::destroy);
      events.clear();
      if (gate != null) {
        gate.release(); // nothing may stay held behind a failed call
        gate.free();
        gate = null;
      }
      if (loaded) {
        JCudaDriver.cuModuleUnload(module);
      }
      JCudaDriver.cuDevicePrimaryCtxRelease(device);
    } catch (CudaException e) {
      // destroying the context after a device error can fail again; the process end frees it
    }
  }
}
