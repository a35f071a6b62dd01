package dev.kport.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kport.harness.OpenCl;
import org.junit.jupiter.api.Test;

/** Deliberately broken kernels: each failure is reported as what it is, and the run goes on. */
class BrokenKernelTest {

  private static final String E2E = "src/test/resources/e2e/";

  @Test
  void aWritePastTheEndIsReportedAsOutOfBoundsByTheGuardZone() {
    OpenCl.assumeAvailable();
    Cli r = Cli.run("run", E2E + "out_of_bounds", "--backends", "opencl", "--time-budget", "0", "-q");
    assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(Main.EXIT_FAILED);
    assertThat(r.out()).containsPattern("copy_past_end\\s+small\\s+opencl\\s+FAILED")
        .contains("out-of-bounds write: launch 1 (copy_past_end) wrote past the end of buffer 'y'");
  }
}
