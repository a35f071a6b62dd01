package dev.kport.harness.backend;

/**
 * One device a backend can run on.
 *
 * @param id stable within a machine, e.g. {@code opencl:0:0} (platform 0, device 0)
 * @param name what the vendor calls it
 * @param detail version, compute units, memory: one line for people
 */
public record DeviceInfo(String backend, String id, String name, String detail) {

  /** Short column label: backend and device name. */
  public String label() {
    return backend + ":" + name;
  }
}
