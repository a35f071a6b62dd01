package dev.kport.harness.backend.module;

import dev.kport.harness.run.DeviceException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * A module driver with host memory for a device: it keeps what a real driver would be handed
 * (allocations, copies, launches with their parameter bytes) so the executor's launch path can be
 * checked where there is no GPU. A launch runs {@link #kernel}, which may write device memory as a
 * kernel would.
 */
final class FakeDriver implements ModuleDriver {

  /** One launch as the driver saw it. */
  record Launch(String symbol, long[] grid, long[] block, KernelParams params) {}

  final Map<Long, byte[]> memory = new TreeMap<>();
  final Map<String, Global> globals = new HashMap<>();
  final List<Launch> launches = new ArrayList<>();
  final Map<Long, String> functions = new HashMap<>();
  byte[] loaded;
  int freed;
  int events;
  boolean closed;
  Consumer<Launch> kernel = l -> {};
  /** The stream's calls in order: hold, record, launch, release. */
  final List<String> stream = new ArrayList<>();
  private long next = 0x7f00_0000_0000L;

  /** Declares a module global, as the built module would hold it. */
  void declareGlobal(String symbol, long bytes) {
    globals.put(symbol, new Global(place(bytes), bytes));
  }

  private long place(long bytes) {
    long at = next;
    memory.put(at, new byte[(int) bytes]);
    next += (bytes + 4095) / 4096 * 4096 + 4096;
    return at;
  }

  @Override
  public void load(byte[] image) {
    loaded = image;
  }

  @Override
  public long function(String symbol) {
    long handle = functions.size() + 1;
    functions.put(handle, symbol);
    return handle;
  }

  @Override
  public Global global(String symbol) throws DeviceException {
    Global g = globals.get(symbol);
    if (g == null) {
      throw new DeviceException("hipModuleGetGlobal(" + symbol + "): hipErrorNotFound");
    }
    return g;
  }

  @Override
  public long alloc(long bytes) {
    return place(bytes);
  }

  @Override
  public void free(long address) {
    memory.remove(address);
    freed++;
  }

  /** The allocation holding an address, and the offset in it. */
  ByteBuffer at(long address) {
    Map.Entry<Long, byte[]> e = ((TreeMap<Long, byte[]>) memory).floorEntry(address);
    if (e == null || address - e.getKey() >= e.getValue().length) {
      throw new IllegalStateException("address 0x" + Long.toHexString(address) + " is in no allocation");
    }
    return ByteBuffer.wrap(e.getValue()).order(ByteOrder.LITTLE_ENDIAN).position((int) (address - e.getKey()));
  }

  @Override
  public void copyIn(long dst, ByteBuffer src, long bytes) {
    ByteBuffer s = src.duplicate().clear().limit((int) bytes);
    at(dst).put(s);
  }

  @Override
  public void copyOut(ByteBuffer dst, long src, long bytes) {
    ByteBuffer s = at(src);
    s.limit(s.position() + (int) bytes);
    dst.duplicate().clear().put(s);
  }

  @Override
  public void copy(long dst, long src, long bytes) {
    ByteBuffer s = at(src);
    s.limit(s.position() + (int) bytes);
    at(dst).put(s);
  }

  @Override
  public void launch(long function, long[] grid, long[] block, KernelParams params) {
    Launch l = new Launch(functions.get(function), grid.clone(), block.clone(), params);
    launches.add(l);
    stream.add("launch");
    kernel.accept(l);
  }

  @Override
  public long record() {
    stream.add("record");
    return ++events;
  }

  @Override
  public void hold() {
    stream.add("hold");
  }

  @Override
  public void release() {
    stream.add("release");
  }

  /** Every launch takes 1.5 microseconds here. */
  @Override
  public long elapsedNs(long start, long stop) {
    return 1500;
  }

  @Override
  public void synchronize() {}

  @Override
  public void close() {
    closed = true;
  }
}
