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

  @Test
  void handWrittenVariantsRunBesideTheTranslationAndAreCheckedLikeIt(@TempDir Path dir) throws IOException {
    OpenCl.assumeAvailable();
    Path spec = copySpec(dir.resolve("k"));
    Path variants = Files.createDirectories(spec.resolve("variants"));
    String scale = "__kernel void scale(__global const float *x, __global float *y, float a, int n)\n"
        + "{ size_t i = get_global_id(0); if (i < (size_t)n) y[i] = %s; }\n";
    Files.writeString(variants.resolve("by_hand.cl"), String.format(scale, "a * x[i]"));
    Files.writeString(variants.resolve("off_by_half.cl"), String.format(scale, "a * x[i] + 0.5f"));
    Files.writeString(variants.resolve("renamed.cl"), scale.replace("scale(", "scale_v2(").formatted("a * x[i]"));

    Cli run = Cli.run("bench", spec.toString(), "--backends", "opencl", "--time-budget", "100", "-q");
    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(Main.EXIT_FAILED);
    assertThat(run.out())
        .containsPattern("bench_scale\\s+small\\s+opencl\\s+PASS")
        .containsPattern("bench_scale\\s+small\\s+opencl:by_hand\\s+PASS\\s+[0-9.]+ (µs|ms)")
        .containsPattern("bench_scale\\s+small\\s+opencl:off_by_half\\s+MISMATCH")
        .containsPattern("bench_scale\\s+small\\s+opencl:renamed\\s+FAILED")
        .contains("expected a kernel 'scale'")
        .containsPattern("bench_scale small: the translation runs at [0-9]+% of the speed of hand-written "
            + "variants/by_hand.cl \\(median [0-9.]+ (µs|ms) vs [0-9.]+ (µs|ms)\\)")
        .doesNotContain("variants/off_by_half.cl (median");

    Cli without = Cli.run("bench", spec.toString(), "--backends", "opencl", "--time-budget", "0", "-q",
        "--no-variants");
    assertThat(without.exitCode()).as(without.out() + without.err()).isZero();
    assertThat(without.out()).doesNotContain("opencl:").contains("1 passed");
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
