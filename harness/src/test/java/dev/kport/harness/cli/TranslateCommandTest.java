package dev.kport.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranslateCommandTest {

  private static final String SAXPY = "../kernels/src/main/resources/kernels/saxpy/saxpy.cu";

  @Test
  void oneFileWithoutOutputGoesToStdout() {
    Cli r = Cli.run("translate", SAXPY, "--to", "opencl");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("__kernel void saxpy(").contains("__global");
  }

  @Test
  void withAnOutputFolderTheKernelInterfaceGoesBeside(@TempDir Path dir) throws Exception {
    Cli r = Cli.run("translate", SAXPY, "--to", "opencl", "-o", dir.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(Files.readString(dir.resolve("saxpy.cl"))).contains("__kernel void saxpy(");
    assertThat(Files.readString(dir.resolve("saxpy.kernel.json"))).contains("\"entry\"").contains("saxpy");
  }

  @Test
  void aMissingFileIsAUsageError() {
    Cli r = Cli.run("translate", "nope.cu", "--to", "opencl");
    assertThat(r.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(r.err()).contains("nope.cu: no such file");
  }

  @Test
  void hipTranslatesTheWholeFileWithoutAKernelInterface(@TempDir Path dir) throws Exception {
    Cli r = Cli.run("translate", SAXPY, "--to", "hip", "-o", dir.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(Files.readString(dir.resolve("saxpy.hip"))).contains("#include <hip/hip_runtime.h>")
        .contains("__global__ void saxpy(").doesNotContain("cuda_runtime.h");
    assertThat(dir.resolve("saxpy.kernel.json")).doesNotExist();
  }
}
