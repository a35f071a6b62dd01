package dev.kport.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kport.harness.OpenCl;
import org.junit.jupiter.api.Test;

/** {@code kport run} end to end on the OpenCL device: what a user sees and the exit code CI reads. */
class RunCommandTest {

  private static final String CORPUS = "../kernels/src/main/resources/kernels/";

  @Test
  void firstThreeKernelsPassOnOpenClWithATime() {
    OpenCl.assumeAvailable();
    Cli r = Cli.run("run", CORPUS + "vector_add", CORPUS + "saxpy", CORPUS + "reduce_shared",
        "--backends", "opencl", "--size", "small", "--time-budget", "20", "-q");
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    for (String kernel : new String[] {"vector_add", "saxpy", "reduce_shared"}) {
      assertThat(r.out()).containsPattern(kernel + "\\s+small\\s+opencl\\s+PASS\\s+\\S+\\s+[0-9.]+ (µs|ms|s)");
    }
    assertThat(r.out()).contains("3 passed, 0 failed");
  }

  @Test
  void aKernelThatDisagreesWithItsReferenceIsAMismatchWithTheWorstIndexAndBothValues() {
    OpenCl.assumeAvailable();
    Cli r = Cli.run("run", "src/test/resources/e2e/wrong_value", "--backends", "opencl", "--time-budget", "0", "-q");
    assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(Main.EXIT_FAILED);
    assertThat(r.out()).containsPattern("saxpy_wrong\\s+small\\s+opencl\\s+MISMATCH");
    // the bug adds 0.25 at element 417 only: exactly that element is reported, with both values
    assertThat(r.out()).contains("1 of 1000").contains("[417]");
    assertThat(r.out()).containsPattern("expected -?[0-9.]+(E-?[0-9]+)? got -?[0-9.]+");
  }

  @Test
  void cudaAndHipCellsSayWhyTheyDidNotRun() {
    Cli.run("devices"); // a second probe in one process must keep the first one's reason, as demo does
    Cli r = Cli.run("run", CORPUS + "saxpy", "--backends", "cuda,hip", "--size", "small", "-q");
    assertThat(r.out()).doesNotContain("Could not initialize class");
    assertThat(r.out()).containsPattern("saxpy\\s+small\\s+cuda\\s+(SKIPPED|PASS)");
    assertThat(r.out()).containsPattern("saxpy\\s+small\\s+hip\\s+SKIPPED\\s+-\\s+-\\s+\\S+");
  }

  @Test
  void anUnknownBackendIsAUsageError() {
    Cli r = Cli.run("run", CORPUS + "saxpy", "--backends", "metal");
    assertThat(r.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(r.err()).contains("unknown backend 'metal'").doesNotContain("Exception");
  }

  @Test
  void anUnknownSizeIsASpecErrorNamingTheSizesThereAre() {
    Cli r = Cli.run("run", CORPUS + "saxpy", "--size", "huge");
    assertThat(r.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(r.err()).contains("kernel.yaml").contains("no size 'huge'").contains("small, default");
  }
}
