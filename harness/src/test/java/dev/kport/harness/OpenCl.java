package dev.kport.harness;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kport.harness.backend.BackendProbe;
import dev.kport.harness.backend.opencl.OpenClBackend;

/** Tests that need an OpenCL device skip, with the reason, where there is none. */
public final class OpenCl {

  private static final BackendProbe PROBE = OpenClBackend.probe();

  private OpenCl() {}

  public static void assumeAvailable() {
    assumeTrue(PROBE.canRun(), () -> "OpenCL unavailable: " + PROBE.unavailable().orElse("no device")
        + " (ci/install-deps.sh installs PoCL)");
  }
}
