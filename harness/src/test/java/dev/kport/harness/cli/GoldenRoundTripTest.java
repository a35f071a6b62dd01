package dev.kport.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kport.harness.OpenCl;
import dev.kport.harness.data.HostBuffer;
import dev.kport.harness.data.Npy;
import dev.kport.harness.spec.ElementType;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kport record then kport check: the workflow for runners without the recording backend. */
class GoldenRoundTripTest {

  private static final String K = "../kernels/src/main/resources/kernels/";

  @Test
  void recordedOutputsCheckCleanAndOneEditedValueFailsExactlyThatKernel(@TempDir Path dir) throws Exception {
    OpenCl.assumeAvailable();
    Path gold = dir.resolve("gold");
    Cli rec = Cli.run("record", K + "saxpy", K + "vector_add", K + "reduce_shared", "--backend", "reference",
        "--size", "small", "-o", gold.toString());
    assertThat(rec.exitCode()).as(rec.err()).isZero();
    assertThat(gold.resolve("saxpy/small/manifest.json")).exists();
    assertThat(gold.resolve("saxpy/small/inputs/x.npy")).exists();

    Cli clean = check(gold, dir);
    assertThat(clean.exitCode()).as(clean.out()).isZero();
    assertThat(clean.out()).contains("3 passed, 0 failed");

    Path y = gold.resolve("saxpy/small/outputs/y.npy");
    HostBuffer recorded = Npy.read(y, ElementType.FLOAT);
    recorded.setDouble(417, recorded.getDouble(417) + 0.5);
    Npy.write(y, recorded);

    Cli edited = check(gold, dir);
    assertThat(edited.exitCode()).isEqualTo(Main.EXIT_FAILED);
    assertThat(edited.out()).containsPattern("saxpy\\s+small\\s+opencl\\s+MISMATCH").contains("[417]")
        .containsPattern("vector_add\\s+small\\s+opencl\\s+PASS")
        .containsPattern("reduce_shared\\s+small\\s+opencl\\s+PASS");
    assertThat(dir.resolve("report/junit.xml")).exists();
  }

  private static Cli check(Path gold, Path dir) {
    return Cli.run("check", K + "saxpy", K + "vector_add", K + "reduce_shared", "--golden", gold.toString(),
        "--size", "small", "--backends", "opencl", "--time-budget", "0", "-q", "--report",
        dir.resolve("report").toString());
  }
}
