package dev.kport.harness.backend.module;

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

/**
 * Runs a loaded CUDA or HIP module's kernels through a {@link ModuleDriver}, as a host program
 * would: a device allocation per buffer (between two guard zones of canary bytes, checked after
 * launches so a stray write is reported), module globals for the buffers that stand for a
 * {@code __constant__}/{@code __device__} variable, and a pair of events around each launch.
 */
public final class ModuleExecutor implements Executor {

  /** Bytes in each guard zone; a multiple of every alignment a kernel's data needs. */
  static final int GUARD = 256;
  private static final byte CANARY = (byte) 0xA5;

  private final ModuleDriver driver;
  private final Map<String, String> kernelSymbols;
  private final Map<String, String> globalSymbols;
  private final Map<String, Long> functions = new HashMap<>();
  private final Map<String, DeviceBuffer> buffers = new HashMap<>();
  private final List<long[]> events = new ArrayList<>();
  private final List<String> guardChecks = new ArrayList<>();
  private int launches;
  private boolean guardEachLaunch = true;

  /**
   * A device buffer: {@code data} is what kernels see; an owned one has a guard zone on each
   * side inside {@code whole}; a module global has none.
   */
  private record DeviceBuffer(long whole, long data, ElementType type, long count, boolean owned) {
    long bytes() {
      return count * type.bytes();
    }
  }

  /**
   * @param kernelSymbols each kernel's name in the kernel interface to its symbol in the module
   * @param globalSymbols each global the kernels use (by its source name) to its symbol in the module
   */
  public ModuleExecutor(ModuleDriver driver, Map<String, String> kernelSymbols, Map<String, String> globalSymbols) {
    this.driver = driver;
    this.kernelSymbols = Map.copyOf(kernelSymbols);
    this.globalSymbols = Map.copyOf(globalSymbols);
  }

  @Override
  public void upload(Map<String, HostBuffer> host) throws DeviceException {
    releaseBuffers();
    for (Map.Entry<String, HostBuffer> e : host.entrySet()) {
      HostBuffer h = e.getValue();
      String symbol = globalSymbols.get(e.getKey());
      DeviceBuffer b;
      if (symbol != null) {
        ModuleDriver.Global g = driver.global(symbol);
        if (g.bytes() != h.byteSize()) {
          throw new DeviceException("buffer '" + e.getKey() + "' holds " + h.byteSize() + " bytes but the module's "
              + "global '" + e.getKey() + "' is " + g.bytes() + " bytes");
        }
        b = new DeviceBuffer(g.address(), g.address(), h.type(), h.count(), false);
      } else {
        long whole = driver.alloc(2L * GUARD + Math.max(h.byteSize(), 1));
        b = new DeviceBuffer(whole, whole + GUARD, h.type(), h.count(), true);
        buffers.put(e.getKey(), b); // freed by the next upload or close, even if a copy below fails
        ByteBuffer canaries = canaries();
        driver.copyIn(whole, canaries, GUARD);
        driver.copyIn(b.data() + Math.max(h.byteSize(), 1), canaries, GUARD);
      }
      buffers.put(e.getKey(), b);
      if (h.byteSize() > 0) {
        driver.copyIn(b.data(), h.bytes(), h.byteSize());
      }
    }
  }

  @Override
  public void launch(String name, long[] grid, long[] block, List<LaunchArg> args) throws DeviceException {
    Long function = functions.get(name);
    if (function == null) {
      String symbol = kernelSymbols.get(name);
      if (symbol == null) {
        throw new DeviceException("no symbol for kernel '" + name + "' in the module");
      }
      function = driver.function(symbol);
      functions.put(name, function);
    }
    KernelParams params = KernelParams.pack(args, buffer -> buffer(buffer).data());
    events.add(driver.timedLaunch(function, KernelParams.dim3(grid), KernelParams.dim3(block), params));
    launches++;
    if (guardEachLaunch) {
      for (LaunchArg a : args) {
        if (a instanceof LaunchArg.Buffer b) {
          checkGuards("launch " + launches + " (" + name + ")", b.name());
        }
      }
    }
  }

  /**
   * Whether guard zones are checked after every launch (names the launch that wrote out of
   * bounds, but waits for each) or once per {@link #finish} (for timing loops).
   */
  public void guardEachLaunch(boolean each) {
    this.guardEachLaunch = each;
  }

  private void checkGuards(String launch, String name) throws DeviceException {
    DeviceBuffer b = buffer(name);
    if (!b.owned()) {
      return;
    }
    ByteBuffer before = ByteBuffer.allocateDirect(GUARD);
    ByteBuffer after = ByteBuffer.allocateDirect(GUARD);
    driver.copyOut(before, b.whole(), GUARD);
    driver.copyOut(after, b.data() + Math.max(b.bytes(), 1), GUARD);
    for (int i = 0; i < GUARD; i++) { // the farthest changed byte says how far before the start it reached
      if (before.get(i) != CANARY) {
        throw new OutOfBoundsException("out-of-bounds write: " + launch + " wrote " + (GUARD - i)
            + " bytes before the start of buffer '" + name + "'");
      }
    }
    for (int i = 0; i < GUARD; i++) {
      if (after.get(i) != CANARY) {
        throw new OutOfBoundsException("out-of-bounds write: " + launch + " wrote past the end of buffer '" + name
            + "' (first changed byte at end + " + i + ")");
      }
    }
  }

  private static ByteBuffer canaries() {
    ByteBuffer c = ByteBuffer.allocateDirect(GUARD);
    for (int i = 0; i < GUARD; i++) {
      c.put(i, CANARY);
    }
    return c;
  }

  @Override
  public void fill(String name, double value) throws DeviceException {
    DeviceBuffer b = buffer(name);
    byte[] one = KernelParams.scalar(b.type(), value);
    ByteBuffer all = ByteBuffer.allocateDirect((int) b.bytes()).order(ByteOrder.LITTLE_ENDIAN);
    for (long i = 0; i < b.count(); i++) {
      all.put(one);
    }
    if (b.bytes() > 0) {
      driver.copyIn(b.data(), all, b.bytes());
    }
  }

  @Override
  public void write(String name, long index, double value) throws DeviceException {
    DeviceBuffer b = buffer(name);
    if (index < 0 || index >= b.count()) {
      throw new DeviceException("write " + name + "[" + index + "]: index outside 0.." + (b.count() - 1));
    }
    byte[] one = KernelParams.scalar(b.type(), value);
    ByteBuffer v = ByteBuffer.allocateDirect(one.length);
    v.put(one);
    driver.copyIn(b.data() + index * b.type().bytes(), v, one.length);
  }

  @Override
  public void copy(String from, String to) throws DeviceException {
    DeviceBuffer src = buffer(from);
    DeviceBuffer dst = buffer(to);
    if (src.bytes() != dst.bytes()) {
      throw new DeviceException("copy " + from + " -> " + to + ": sizes differ (" + src.bytes() + " and "
          + dst.bytes() + " bytes)");
    }
    if (src.bytes() > 0) {
      driver.copy(dst.data(), src.data(), src.bytes());
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
    driver.synchronize();
    long total = 0;
    try {
      for (long[] pair : events) {
        total += driver.elapsedNs(pair[0], pair[1]);
      }
    } finally {
      events.clear();
    }
    if (!guardEachLaunch && launches > 0) {
      for (String name : List.copyOf(buffers.keySet())) {
        checkGuards("one of launches 1 to " + launches, name);
      }
    }
    return total;
  }

  @Override
  public HostBuffer read(String name) throws DeviceException {
    DeviceBuffer b = buffer(name);
    HostBuffer h = HostBuffer.allocate(b.type(), b.count());
    if (b.bytes() > 0) {
      driver.copyOut(h.bytes(), b.data(), b.bytes());
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
      if (b != null && b.owned()) {
        driver.free(b.whole());
      }
    }
    buffers.clear();
  }

  @Override
  public void close() {
    releaseBuffers();
    driver.close();
  }
}
