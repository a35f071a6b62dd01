package dev.kport.harness.backend.hip;

import dev.kport.harness.backend.BackendProbe;
import dev.kport.harness.tool.ExternalTool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The HIP backend: translated sources built with hipcc for AMD targets (which needs no GPU) and
 * run where an AMD GPU exists.
 */
public final class HipBackend {

  public static final String ID = "hip";

  private HipBackend() {}

  public static Optional<Path> hipcc() {
    return ExternalTool.find("hipcc", "/opt/rocm/bin");
  }

  public static BackendProbe probe() {
    List<String> notes = new ArrayList<>();
    Optional<Path> hipcc = hipcc();
    hipcc.ifPresentOrElse(
        p -> notes.add("hipcc: " + p + " (" + ExternalTool.version(p, "HIP version") + ")"),
        () -> notes.add("hipcc not found: install it with ci/install-deps.sh (apt-get install hipcc "
            + "libamdhip64-dev rocm-device-libs)"));
    notes.add("kport translate --to hip works; the harness does not build or run HIP translations yet");
    if (!Files.exists(Path.of("/dev/kfd"))) {
      return BackendProbe.unavailable(ID, "no AMD GPU: /dev/kfd (the ROCm kernel driver) is absent", notes);
    }
    return BackendProbe.unavailable(ID, "an AMD GPU driver is present, but kport cannot launch HIP kernels yet", notes);
  }
}
