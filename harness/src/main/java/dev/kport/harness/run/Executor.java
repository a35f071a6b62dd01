package dev.kport.harness.run;

import dev.kport.harness.data.HostBuffer;
import java.util.List;
import java.util.Map;

/**
 * One backend's device side of a run: holds the device buffers and carries out the steps the
 * {@link StepInterpreter} hands it. Names are buffer names as the spec writes them; {@link #swap}
 * exchanges what two names refer to, as a host program swaps two device pointers.
 */
public interface Executor extends AutoCloseable {

  /** Allocates every buffer on the device with these contents, replacing earlier ones. */
  void upload(Map<String, HostBuffer> buffers) throws DeviceException;

  /**
   * Enqueues one launch.
   *
   * @param openclName the kernel's name in the built program
   * @param grid blocks per dimension (1 to 3)
   * @param block threads per block per dimension
   */
  void launch(String openclName, long[] grid, long[] block, List<LaunchArg> args) throws DeviceException;

  void fill(String buffer, double value) throws DeviceException;

  void write(String buffer, long index, double value) throws DeviceException;

  void copy(String from, String to) throws DeviceException;

  void swap(String a, String b);

  /**
   * Whether guard zones are checked after every launch (naming the launch that wrote past a
   * buffer) or once per {@link #finish} (cheaper, for timing repetitions).
   */
  void guardEachLaunch(boolean each);

  /** Waits for the queued work; returns the device time of the launches since the last call, in ns. */
  long finish() throws DeviceException;

  /** Reads a buffer back (after {@link #finish}). */
  HostBuffer read(String buffer) throws DeviceException;

  @Override
  void close();
}
