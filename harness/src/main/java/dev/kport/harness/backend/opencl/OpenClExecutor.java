package dev.kport.harness.backend.opencl;

import static org.jocl.CL.*;

import dev.kport.harness.data.HostBuffer;
import dev.kport.harness.run.DeviceException;
import dev.kport.harness.run.Executor;
import dev.kport.harness.run.LaunchArg;
import dev.kport.harness.run.OutOfBoundsException;
import dev.kport.harness.spec.ElementType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jocl.CLException;
import org.jocl.Pointer;
import org.jocl.Sizeof;
import org.jocl.cl_buffer_region;
import org.jocl.cl_command_queue;
import org.jocl.cl_context;
import org.jocl.cl_event;
import org.jocl.cl_kernel;
import org.jocl.cl_mem;
import org.jocl.cl_program;

/**
 * Runs one built OpenCL program on one device: a context, an in-order profiling queue, the
 * program, its kernels and the device buffers.
 */
public final class OpenClExecutor implements Executor {

  private final OpenClBackend.Device device;
  private final cl_context context;
  private final cl_command_queue queue;
  private final cl_program program;
  private final Map<String, cl_kernel> kernels = new HashMap<>();
  private final Map<String, DeviceBuffer> buffers = new HashMap<>();
  private final List<cl_event> events = new ArrayList<>();
  private final List<GuardRead> guardReads = new ArrayList<>();
  private final long guardBytes;
  private int launches;
  private boolean guardEachLaunch = true;

  /** Bytes every guard zone holds; a kernel's stray write changes them. */
  private static final byte CANARY = (byte) 0xA5;

  /**
   * A device buffer: {@code whole} holds a guard zone, the data, and another guard zone;
   * kernels see only {@code view}, the data between them.
   */
  private record DeviceBuffer(cl_mem whole, cl_mem view, ElementType type, long count, long guard) {
    long bytes() {
      return count * type.bytes();
    }

    cl_mem mem() {
      return view;
    }
  }

  /** The guard zones of one buffer as read back after one launch. */
  private record GuardRead(String launch, String buffer, ByteBuffer before, ByteBuffer after) {}

  private OpenClExecutor(OpenClBackend.Device device, cl_context context, cl_command_queue queue, cl_program program) {
    this.device = device;
    this.context = context;
    this.queue = queue;
    this.program = program;
    // sub-buffers must start on the device's base-address alignment (bits)
    long align = OpenClBackend.deviceInt(device.device(), CL_DEVICE_MEM_BASE_ADDR_ALIGN) / 8L;
    this.guardBytes = Math.max(256, align);
  }

  /**
   * Builds {@code source} for the device.
   *
   * @throws DeviceException with the compiler's build log when the build fails
   */
  /**
   * What PoCL's build log says when its kernel cache (~/.cache/pocl/kcache) loses a temporary file
   * to a concurrent build or cleanup; seen once in a full bench of the corpus. Built again once.
   */
  static final String CACHE_RACE = "unable to rename temporary";

  public static OpenClExecutor build(OpenClBackend.Device device, String source, String options)
      throws DeviceException {
    setExceptionsEnabled(true);
    cl_context context = null;
    try {
      context = clCreateContext(null, 1, new org.jocl.cl_device_id[] {device.device()}, null, null, null);
      cl_command_queue queue = clCreateCommandQueue(context, device.device(), CL_QUEUE_PROFILING_ENABLE, null);
      cl_program program = clCreateProgramWithSource(context, 1, new String[] {source}, null, null);
      try {
        try {
          clBuildProgram(program, 1, new org.jocl.cl_device_id[] {device.device()}, options, null, null);
        } catch (CLException first) {
          if (!buildLog(program, device).contains(CACHE_RACE)) {
            throw first;
          }
          // PoCL's kernel cache lost a temporary file to another process: a build, not the kernel, failed
          clBuildProgram(program, 1, new org.jocl.cl_device_id[] {device.device()}, options, null, null);
        }
      } catch (CLException e) {
        String log = buildLog(program, device);
        clReleaseProgram(program);
        clReleaseCommandQueue(queue);
        clReleaseContext(context);
        throw new DeviceException("clBuildProgram failed (" + e.getMessage() + "):\n" + log.strip());
      }
      return new OpenClExecutor(device, context, queue, program);
    } catch (CLException e) {
      if (context != null) {
        clReleaseContext(context);
      }
      throw new DeviceException(e.getMessage(), e);
    }
  }

  private static String buildLog(cl_program program, OpenClBackend.Device device) {
    long[] size = new long[1];
    clGetProgramBuildInfo(program, device.device(), CL_PROGRAM_BUILD_LOG, 0, null, size);
    byte[] log = new byte[(int) size[0]];
    clGetProgramBuildInfo(program, device.device(), CL_PROGRAM_BUILD_LOG, log.length, Pointer.to(log), null);
    return new String(log, 0, Math.max(0, log.length - 1), java.nio.charset.StandardCharsets.UTF_8);
  }

  @Override
  public void upload(Map<String, HostBuffer> host) throws DeviceException {
    releaseBuffers();
    try {
      for (Map.Entry<String, HostBuffer> e : host.entrySet()) {
        HostBuffer h = e.getValue();
        long bytes = Math.max(h.byteSize(), 1); // OpenCL refuses empty buffers
        cl_mem whole = clCreateBuffer(context, CL_MEM_READ_WRITE, guardBytes * 2 + bytes, null, null);
        byte[] canaries = canaries();
        clEnqueueWriteBuffer(queue, whole, CL_TRUE, 0, guardBytes, Pointer.to(canaries), 0, null, null);
        clEnqueueWriteBuffer(queue, whole, CL_TRUE, guardBytes + bytes, guardBytes, Pointer.to(canaries), 0, null, null);
        cl_mem view = clCreateSubBuffer(whole, CL_MEM_READ_WRITE, CL_BUFFER_CREATE_TYPE_REGION,
            new cl_buffer_region(guardBytes, bytes), null);
        if (h.byteSize() > 0) {
          clEnqueueWriteBuffer(queue, view, CL_TRUE, 0, h.byteSize(), Pointer.to(h.bytes()), 0, null, null);
        }
        buffers.put(e.getKey(), new DeviceBuffer(whole, view, h.type(), h.count(), guardBytes));
      }
    } catch (CLException e) {
      throw new DeviceException("uploading buffers: " + e.getMessage(), e);
    }
  }

  @Override
  public void launch(String name, long[] grid, long[] block, List<LaunchArg> args) throws DeviceException {
    try {
      cl_kernel k = kernels.get(name);
      if (k == null) {
        k = clCreateKernel(program, name, null);
        kernels.put(name, k);
      }
      for (int i = 0; i < args.size(); i++) {
        setArg(k, i, args.get(i));
      }
      long[] global = new long[grid.length];
      for (int d = 0; d < grid.length; d++) {
        global[d] = grid[d] * block[d];
      }
      cl_event event = new cl_event();
      clEnqueueNDRangeKernel(queue, k, grid.length, null, global, block.clone(), 0, null, event);
      events.add(event);
      launches++;
      if (guardEachLaunch) {
        readGuards("launch " + launches + " (" + name + ")", args);
      }
    } catch (CLException e) {
      throw new DeviceException("launching " + name + ": " + e.getMessage(), e);
    }
  }

  /** Queues reads of the guard zones of every buffer this launch could write; checked in {@link #finish}. */
  private void readGuards(String launch, List<LaunchArg> args) throws DeviceException {
    for (LaunchArg a : args) {
      String name = a instanceof LaunchArg.Buffer b ? b.name() : a instanceof LaunchArg.Symbol s ? s.name() : null;
      if (name == null) {
        continue;
      }
      DeviceBuffer b = buffer(name);
      // non-blocking reads need direct buffers: JOCL must not move them while the device writes
      ByteBuffer before = ByteBuffer.allocateDirect((int) b.guard());
      ByteBuffer after = ByteBuffer.allocateDirect((int) b.guard());
      long end = b.guard() + Math.max(b.bytes(), 1);
      clEnqueueReadBuffer(queue, b.whole(), CL_FALSE, 0, b.guard(), Pointer.to(before), 0, null, null);
      clEnqueueReadBuffer(queue, b.whole(), CL_FALSE, end, b.guard(), Pointer.to(after), 0, null, null);
      guardReads.add(new GuardRead(launch, name, before, after));
    }
  }

  private byte[] canaries() {
    byte[] c = new byte[(int) guardBytes];
    java.util.Arrays.fill(c, CANARY);
    return c;
  }

  /** Throws for the first launch that wrote into a guard zone, naming it, the buffer and the side. */
  private void checkGuards() throws OutOfBoundsException {
    try {
      for (GuardRead g : guardReads) {
        int before = lastChanged(g.before());
        if (before >= 0) {
          throw new OutOfBoundsException("out-of-bounds write: " + g.launch()
              + " wrote " + (g.before().capacity() - before) + " bytes before the start of buffer '" + g.buffer() + "'");
        }
        int after = firstChanged(g.after());
        if (after >= 0) {
          throw new OutOfBoundsException("out-of-bounds write: " + g.launch()
              + " wrote past the end of buffer '" + g.buffer() + "' (first changed byte at end + " + after + ")");
        }
      }
    } finally {
      guardReads.clear();
    }
  }

  private static int firstChanged(ByteBuffer zone) {
    for (int i = 0; i < zone.capacity(); i++) {
      if (zone.get(i) != CANARY) {
        return i;
      }
    }
    return -1;
  }

  private static int lastChanged(ByteBuffer zone) {
    for (int i = zone.capacity() - 1; i >= 0; i--) {
      if (zone.get(i) != CANARY) {
        return i;
      }
    }
    return -1;
  }

  private void setArg(cl_kernel k, int i, LaunchArg a) throws DeviceException {
    if (a instanceof LaunchArg.Buffer b) {
      clSetKernelArg(k, i, Sizeof.cl_mem, Pointer.to(buffer(b.name()).mem()));
    } else if (a instanceof LaunchArg.Symbol s) {
      DeviceBuffer b = buffer(s.name());
      if (b.bytes() != s.bytes()) {
        throw new DeviceException("buffer '" + s.name() + "' holds " + b.bytes() + " bytes but the kernel's global '"
            + s.name() + "' is " + s.bytes() + " bytes");
      }
      clSetKernelArg(k, i, Sizeof.cl_mem, Pointer.to(b.mem()));
    } else if (a instanceof LaunchArg.LocalBytes l) {
      clSetKernelArg(k, i, Math.max(l.bytes(), 1), null);
    } else if (a instanceof LaunchArg.Struct s) {
      clSetKernelArg(k, i, s.bytes().length, Pointer.to(s.bytes()));
    } else {
      LaunchArg.Scalar s = (LaunchArg.Scalar) a;
      setScalar(k, i, s.type(), s.value());
    }
  }

  /** Heap arrays, not direct buffers: a scalar is set on every launch and must cost little. */
  private static void setScalar(cl_kernel k, int i, ElementType type, double value) {
    switch (type.scalar) {
      case F32 -> clSetKernelArg(k, i, Sizeof.cl_float, Pointer.to(new float[] {(float) value}));
      case F64 -> clSetKernelArg(k, i, Sizeof.cl_double, Pointer.to(new double[] {value}));
      case I32, U32 -> clSetKernelArg(k, i, Sizeof.cl_int, Pointer.to(new int[] {(int) (long) value}));
      default -> {
        ByteBuffer v = encode(type, value);
        clSetKernelArg(k, i, v.capacity(), Pointer.to(v));
      }
    }
  }

  /** One element of {@code type} with every component set to {@code value}, in the device's byte order. */
  static ByteBuffer encode(ElementType type, double value) {
    ByteBuffer b = ByteBuffer.allocateDirect(type.bytes()).order(ByteOrder.LITTLE_ENDIAN);
    for (int c = 0; c < type.width; c++) {
      switch (type.scalar) {
        case F32 -> b.putFloat((float) value);
        case F64 -> b.putDouble(value);
        case I8, U8 -> b.put((byte) (long) value);
        case I16, U16 -> b.putShort((short) (long) value);
        case I32, U32 -> b.putInt((int) (long) value);
        default -> b.putLong(type.scalar == ElementType.Scalar.U64 && value >= 0x1p63
            ? (long) (value - 0x1p64) : (long) value);
      }
    }
    return b.flip();
  }

  /**
   * Whether guard zones are read after every launch (names the launch that wrote out of bounds)
   * or once per {@link #finish} (cheap enough for timing loops of hundreds of launches).
   */
  public void guardEachLaunch(boolean each) {
    this.guardEachLaunch = each;
  }

  /** Queues one read of every buffer's guard zones, as the last launch's. */
  private void readAllGuards() throws DeviceException {
    if (launches == 0) {
      return;
    }
    List<LaunchArg> all = new ArrayList<>();
    buffers.keySet().forEach(n -> all.add(new LaunchArg.Buffer(n)));
    readGuards("one of launches 1 to " + launches, all);
  }

  @Override
  public void fill(String name, double value) throws DeviceException {
    DeviceBuffer b = buffer(name);
    ByteBuffer pattern = encode(b.type(), value);
    try {
      if (b.count() > 0) {
        clEnqueueFillBuffer(queue, b.mem(), Pointer.to(pattern), pattern.capacity(), 0, b.bytes(), 0, null, null);
      }
    } catch (CLException e) {
      throw new DeviceException("fill " + name + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void write(String name, long index, double value) throws DeviceException {
    DeviceBuffer b = buffer(name);
    if (index < 0 || index >= b.count()) {
      throw new DeviceException("write " + name + "[" + index + "]: index outside 0.." + (b.count() - 1));
    }
    ByteBuffer v = encode(b.type(), value);
    try {
      clEnqueueWriteBuffer(queue, b.mem(), CL_TRUE, index * b.type().bytes(), v.capacity(), Pointer.to(v), 0, null, null);
    } catch (CLException e) {
      throw new DeviceException("write " + name + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void copy(String from, String to) throws DeviceException {
    DeviceBuffer src = buffer(from);
    DeviceBuffer dst = buffer(to);
    if (src.bytes() != dst.bytes()) {
      throw new DeviceException("copy " + from + " -> " + to + ": sizes differ (" + src.bytes() + " and "
          + dst.bytes() + " bytes)");
    }
    try {
      if (src.bytes() > 0) {
        clEnqueueCopyBuffer(queue, src.mem(), dst.mem(), 0, 0, src.bytes(), 0, null, null);
      }
    } catch (CLException e) {
      throw new DeviceException("copy " + from + " -> " + to + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void swap(String a, String b) {
    DeviceBuffer x = buffers.get(a);
    buffers.put(a, buffers.get(b));
    buffers.put(b, x);
  }

  @Override
  public long finish() throws DeviceException {
    try {
      if (!guardEachLaunch) {
        readAllGuards();
      }
      clFinish(queue);
      long total = 0;
      long[] start = new long[1];
      long[] end = new long[1];
      for (cl_event e : events) {
        clGetEventProfilingInfo(e, CL_PROFILING_COMMAND_START, Sizeof.cl_ulong, Pointer.to(start), null);
        clGetEventProfilingInfo(e, CL_PROFILING_COMMAND_END, Sizeof.cl_ulong, Pointer.to(end), null);
        total += end[0] - start[0];
        clReleaseEvent(e);
      }
      events.clear();
      checkGuards();
      return total;
    } catch (CLException e) {
      throw new DeviceException("waiting for the device: " + e.getMessage(), e);
    }
  }

  @Override
  public HostBuffer read(String name) throws DeviceException {
    DeviceBuffer b = buffer(name);
    HostBuffer h = HostBuffer.allocate(b.type(), b.count());
    try {
      if (b.bytes() > 0) {
        clEnqueueReadBuffer(queue, b.mem(), CL_TRUE, 0, b.bytes(), Pointer.to(h.bytes()), 0, null, null);
      }
    } catch (CLException e) {
      throw new DeviceException("reading " + name + ": " + e.getMessage(), e);
    }
    return h;
  }

  private DeviceBuffer buffer(String name) throws DeviceException {
    DeviceBuffer b = buffers.get(name);
    if (b == null) {
      throw new DeviceException("no device buffer '" + name + "'");
    }
    return b;
  }

  private void releaseBuffers() {
    for (DeviceBuffer b : buffers.values()) {
      clReleaseMemObject(b.view());
      clReleaseMemObject(b.whole());
    }
    buffers.clear();
  }

  @Override
  public void close() {
    try {
      for (cl_event e : events) {
        clReleaseEvent(e);
      }
      events.clear();
      releaseBuffers();
      kernels.values().forEach(org.jocl.CL::clReleaseKernel);
      clReleaseProgram(program);
      clReleaseCommandQueue(queue);
      clReleaseContext(context);
    } catch (CLException e) {
      // releasing after a device error can fail again; nothing more can be freed
    }
  }

  public OpenClBackend.Device device() {
    return device;
  }
}
