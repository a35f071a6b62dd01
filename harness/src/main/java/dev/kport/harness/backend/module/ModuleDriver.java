package dev.kport.harness.backend.module;

import dev.kport.harness.run.DeviceException;
import java.nio.ByteBuffer;

/**
 * The few calls of a GPU runtime's module API that running a spec needs, as the CUDA driver API
 * and the HIP runtime both offer them. Addresses and handles are 64-bit integers; every call
 * that the runtime refuses throws with the runtime's own error name and text.
 */
public interface ModuleDriver extends AutoCloseable {

  /** A module global: its device address and size. */
  record Global(long address, long bytes) {}

  /** Loads the built code object (cuModuleLoadData / hipModuleLoadData); once per driver. */
  void load(byte[] image) throws DeviceException;

  /** The kernel of this symbol in the loaded module. */
  long function(String symbol) throws DeviceException;

  Global global(String symbol) throws DeviceException;

  long alloc(long bytes) throws DeviceException;

  void free(long address);

  /** Copies {@code bytes} bytes from the start of {@code src} (a direct buffer) to the device. */
  void copyIn(long dst, ByteBuffer src, long bytes) throws DeviceException;

  /** Copies {@code bytes} device bytes into the start of {@code dst} (a direct buffer). */
  void copyOut(ByteBuffer dst, long src, long bytes) throws DeviceException;

  void copy(long dst, long src, long bytes) throws DeviceException;

  /**
   * Queues one launch on the default stream.
   *
   * @param grid blocks in x, y, z
   * @param block threads per block in x, y, z
   */
  void launch(long function, long[] grid, long[] block, KernelParams params) throws DeviceException;

  /**
   * Holds the default stream at this point until {@link #release()}. A launch's start event, the
   * launch and its stop event are queued while the stream is held, so the device reaches them
   * back to back and the time between the events is the kernel's own, as an OpenCL profiling
   * event gives it. Unheld, the start event runs as soon as it is queued and the time also holds
   * the host's submission of the launch (tens of microseconds through JNI, more than a small
   * kernel takes). A runtime without stream waits keeps this default, which holds nothing.
   */
  default void hold() throws DeviceException {}

  /** Lets the stream held by {@link #hold()} go on; called after every hold, also after a failure. */
  default void release() {}

  /**
   * Queues one launch between two events, all three while the stream is held, and returns the
   * events {start, stop} for {@link #elapsedNs}: the kernel's own time.
   */
  default long[] timedLaunch(long function, long[] grid, long[] block, KernelParams params) throws DeviceException {
    hold();
    try {
      long start = record();
      launch(function, grid, block, params);
      return new long[] {start, record()};
    } finally {
      release();
    }
  }

  /** Records an event on the default stream and returns it. */
  long record() throws DeviceException;

  /** Nanoseconds between two recorded events, after waiting for the later; releases both. */
  long elapsedNs(long start, long stop) throws DeviceException;

  /** Waits for everything queued. */
  void synchronize() throws DeviceException;

  @Override
  void close();
}
