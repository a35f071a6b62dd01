package dev.kport.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kport.harness.OpenCl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kport bench: figures per cell, and regressions against a baseline beyond the noise only. */
class BenchCommandTest {

  @Test
  void benchTwiceIsNoRegressionAndAnExtraLoopIsFlagged(@TempDir Path dir) throws IOException {
    OpenCl.assumeAvailable();
    Path spec = copySpec(dir.resolve("k"));
    Cli first = bench(spec, dir.resolve("r1"), null);
    assertThat(first.exitCode()).as(first.out() + first.err()).isZero();
    assertThat(first.out()).containsPattern("bench_scale\\s+small\\s+opencl\\s+PASS\\s+[0-9.]+ (µs|ms)");
    assertThat(first.out()).containsPattern("GB/S").containsPattern("%PEAK");

    Cli again = bench(spec, dir.resolve("r2"), dir.resolve("r1/results.json"));
    assertThat(again.exitCode()).as(again.out()).isZero();
    assertThat(again.out()).contains("no regression against");

    // the same kernel with 400 extra fused multiply-adds per element: far slower than any noise
    Path yaml = spec.resolve("kernel.yaml");
    Files.writeString(yaml, Files.readString(yaml).replace("REPEAT: 0", "REPEAT: 400"));
    Cli slowed = bench(spec, dir.resolve("r3"), dir.resolve("r1/results.json"));
    assertThat(slowed.exitCode()).as(slowed.out()).isEqualTo(Main.EXIT_FAILED);
    assertThat(slowed.out()).containsPattern("bench_scale\\s+small\\s+opencl\\s+PASS.*\\+[0-9.]+% \\(slower")
        .contains("1 regression against");
  }

  private static Cli bench(Path spec, Path report, Path baseline) {
    return baseline == null
        ? Cli.run("bench", spec.toString(), "--backends", "opencl", "--time-budget", "300", "-q",
            "--report", report.toString())
        : Cli.run("bench", spec.toString(), "--backends", "opencl", "--time-budget", "300", "-q",
            "--report", report.toString(), "--baseline", baseline.toString(), "--fail-on-regression");
  }

  private static Path copySpec(Path to) throws IOException {
    Path from = Path.of("src/test/resources/e2e/bench_scale");
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path f : files.toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
    return to;
  }
}
