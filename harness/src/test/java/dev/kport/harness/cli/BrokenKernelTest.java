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

  @Test
  void aHangIsATimeoutAndACrashIsACrashAndTheRunGoesOnToTheNextKernel() {
    OpenCl.assumeAvailable();
    Cli r = Cli.run("run", E2E + "hang", E2E + "crash", "../kernels/src/main/resources/kernels/saxpy",
        "--backends", "opencl", "--size", "small", "--timeout", "5", "--time-budget", "0", "-q");
    assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(Main.EXIT_FAILED);
    assertThat(r.out()).containsPattern("spin_forever\\s+small\\s+opencl\\s+CRASHED\\s+-\\s+-\\s+timed out after 5 s");
    assertThat(r.out()).containsPattern("wild_store\\s+small\\s+opencl\\s+CRASHED\\s+-\\s+-\\s+the worker died")
        .contains("SIGSEGV").contains("_pocl_kernel_wild_store");
    // a fresh worker took over: the kernel after the crash still ran and passed
    assertThat(r.out()).containsPattern("saxpy\\s+small\\s+opencl\\s+PASS");
  }

  @Test
  void aCheckWhoseExpectedOutputIsAllZeroIsMistrustedNotPassed() {
    OpenCl.assumeAvailable();
    Cli r = Cli.run("run", E2E + "mistrusted", "--backends", "opencl", "--time-budget", "0", "-q");
    assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(Main.EXIT_FAILED);
    assertThat(r.out()).containsPattern("copy_of_zeros\\s+small\\s+opencl\\s+MISTRUSTED")
        .containsAnyOf("all zero", "identical to");
  }
}
