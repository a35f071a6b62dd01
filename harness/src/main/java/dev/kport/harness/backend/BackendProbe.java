package dev.kport.harness.backend;

import java.util.List;
import java.util.Optional;

/**
 * What a backend found on this machine.
 *
 * @param devices devices it can run on (empty when it cannot run)
 * @param unavailable why it cannot run, in words a user can act on; empty when it can
 * @param notes what it can still do without running (e.g. build with nvcc), and tool versions
 */
public record BackendProbe(String backend, List<DeviceInfo> devices, Optional<String> unavailable, List<String> notes) {

  public BackendProbe {
    devices = List.copyOf(devices);
    notes = List.copyOf(notes);
  }

  public static BackendProbe available(String backend, List<DeviceInfo> devices, List<String> notes) {
    return new BackendProbe(backend, devices, Optional.empty(), notes);
  }

  public static BackendProbe unavailable(String backend, String why, List<String> notes) {
    return new BackendProbe(backend, List.of(), Optional.of(why), notes);
  }

  public boolean canRun() {
    return unavailable.isEmpty() && !devices.isEmpty();
  }
}
