package dev.kport.harness.backend.hip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The JavaCPP binding against the real libamdhip64, where it is installed: errors cross as the
 * runtime names them, and without a GPU every call that needs one answers with an error instead
 * of crashing the JVM.
 */
class HipRuntimeTest {

  @BeforeEach
  void runtime() {
    int opened;
    try {
      opened = HipRuntime.open();
    } catch (LinkageError e) {
      abort("kport's HIP binding was not built (g++ missing at build time): " + e.getMessage());
      return;
    }
    assumeTrue(opened == 0, () -> "libamdhip64 not loadable: " + HipRuntime.loadError().getString()
        + " (ci/install-deps.sh installs libamdhip64-dev)");
  }

  @Test
  void errorsAreNamedAsTheRuntimeNamesThem() {
    assertThat(HipRuntime.errorName(100).getString()).isEqualTo("hipErrorNoDevice");
    assertThat(HipBackend.describe(0)).startsWith("hipSuccess");
  }

  @Test
  void withoutADeviceCallsReturnAnErrorAndLeaveTheirOutputsAlone() {
    int[] count = new int[1];
    int error = HipRuntime.deviceCount(count);
    assumeTrue(error != 0 || count[0] == 0, "this machine has an AMD GPU");
    long[] pointer = {-1};
    assertThat(HipRuntime.malloc(pointer, 1024)).isNotZero();
    ByteBuffer host = ByteBuffer.allocateDirect(16);
    assertThat(HipRuntime.copyHtoD(0, host, 0, 16)).isNotZero();
    long[] module = new long[1];
    assertThat(HipRuntime.moduleLoad(module, new byte[] {0x7f, 'E', 'L', 'F'})).isNotZero();
    assertThat(HipBackend.describe(error == 0 ? 100 : error)).startsWith("hipError");
  }
}
