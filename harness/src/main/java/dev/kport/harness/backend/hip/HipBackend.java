package dev.kport.harness.backend.hip;

import dev.kport.harness.backend.BackendProbe;
import dev.kport.harness.backend.DeviceInfo;
import dev.kport.harness.backend.module.ModuleDriver;
import dev.kport.harness.run.DeviceException;
import dev.kport.harness.tool.ExternalTool;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The HIP backend: translated sources built with hipcc for AMD targets (which needs no GPU) and
 * run through the HIP runtime's module API where an AMD GPU exists. Where there is none, the
 * runtime's own answer is the reason.
 */
public final class HipBackend {

  public static final String ID = "hip";
  /** The architecture built for unless --hip-arch says otherwise (MI200). */
  public static final String DEFAULT_ARCH = "gfx90a";

  private HipBackend() {}

  public static Optional<Path> hipcc() {
    return ExternalTool.find("hipcc", "/opt/rocm/bin");
  }

  /** Probed once per process: the runtime library is opened once, and its first answer is the one to report. */
  public static BackendProbe probe() {
    return Probed.RESULT;
  }

  private static final class Probed {
    static final BackendProbe RESULT = probeNow();
  }

  private static BackendProbe probeNow() {
    List<String> notes = new ArrayList<>();
    hipcc().ifPresentOrElse(
        p -> notes.add("hipcc: " + p + " (" + ExternalTool.version(p, "HIP version")
            + "): translations are built with hipcc --genco (--hip-arch, default " + DEFAULT_ARCH + ")"),
        () -> notes.add("hipcc not found: translations are not built (install it with ci/install-deps.sh: "
            + "apt-get install hipcc libamdhip64-dev rocm-device-libs)"));
    String kfd = Files.exists(Path.of("/dev/kfd")) ? ""
        : "; no /dev/kfd: this machine has no AMD GPU with the amdgpu kernel driver";
    try {
      if (HipRuntime.open() != 0) {
        return BackendProbe.unavailable(ID, "HIP runtime not loaded: " + HipRuntime.loadError().getString()
            + " (install libamdhip64: ci/install-deps.sh)" + kfd, notes);
      }
    } catch (UnsatisfiedLinkError | NoClassDefFoundError e) {
      return BackendProbe.unavailable(ID, "kport's HIP binding did not load (" + firstLine(e)
          + "): rebuild kport with g++ installed", notes);
    }
    int[] version = new int[1];
    if (HipRuntime.runtimeVersion(version) == 0) {
      notes.add("HIP runtime " + version[0] / 10_000_000 + "." + version[0] / 100_000 % 100 + "."
          + version[0] % 100_000 + " (libamdhip64)");
    }
    int[] count = new int[1];
    int error = HipRuntime.deviceCount(count);
    if (error != 0) {
      return BackendProbe.unavailable(ID, "HIP runtime: hipGetDeviceCount: " + describe(error) + kfd, notes);
    }
    if (count[0] == 0) {
      return BackendProbe.unavailable(ID, "HIP runtime: no AMD GPU found" + kfd, notes);
    }
    List<DeviceInfo> devices = new ArrayList<>();
    for (int i = 0; i < count[0]; i++) {
      byte[] name = new byte[256];
      HipRuntime.deviceName(name, name.length, i);
      String n = new String(name, StandardCharsets.UTF_8).replace("\0", "").trim();
      devices.add(new DeviceInfo(ID, ID + ":" + i, n, "HIP device " + i));
    }
    return BackendProbe.available(ID, devices, notes);
  }

  /** A hipError_t as the runtime names and explains it: {@code hipErrorNoDevice (no ROCm-capable device is detected)}. */
  static String describe(int error) {
    String name = HipRuntime.errorName(error).getString();
    String text = HipRuntime.errorString(error).getString();
    return text.isBlank() || text.equals(name) ? name + " (" + error + ")" : name + " (" + text + ")";
  }

  static void ensureOpen() throws DeviceException {
    BackendProbe p = probe();
    if (!p.canRun()) {
      throw new DeviceException(p.unavailable().orElse("no HIP device"));
    }
  }

  /** The runtime on the probe's first device, for a module to be loaded into. */
  public static ModuleDriver driver() throws DeviceException {
    return new HipDriver(0);
  }

  private static String firstLine(Throwable e) {
    String m = String.valueOf(e.getMessage());
    return m.lines().findFirst().orElse(m);
  }
}
