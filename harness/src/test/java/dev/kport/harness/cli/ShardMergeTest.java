package dev.kport.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kport.harness.OpenCl;
import dev.kport.harness.report.ResultsJson;
import dev.kport.harness.run.CellResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --shard 1/2 plus --shard 2/2, merged, give the cells of the unsharded run. */
class ShardMergeTest {

  private static final String K = "../kernels/src/main/resources/kernels/";
  private static final String[] KERNELS = {K + "saxpy", K + "vector_add", K + "reduce_shared", K + "transpose",
      K + "scan"};

  @Test
  void shardsMergedEqualTheWhole(@TempDir Path dir) throws Exception {
    OpenCl.assumeAvailable();
    check(dir.resolve("whole"), null);
    check(dir.resolve("one"), "1/2");
    check(dir.resolve("two"), "2/2");
    Cli merge = Cli.run("report", "merge", dir.resolve("one/results.json").toString(),
        dir.resolve("two/results.json").toString(), "-o", dir.resolve("merged.json").toString());
    assertThat(merge.exitCode()).as(merge.err()).isZero();

    List<CellResult> whole = ResultsJson.read(dir.resolve("whole/results.json")).cells();
    List<CellResult> one = ResultsJson.read(dir.resolve("one/results.json")).cells();
    List<CellResult> merged = ResultsJson.read(dir.resolve("merged.json")).cells();
    assertThat(one).isNotEmpty().hasSizeLessThan(whole.size());
    assertThat(merged.stream().map(ShardMergeTest::identity).sorted().toList())
        .isEqualTo(whole.stream().map(ShardMergeTest::identity).sorted().toList());
  }

  /** What a cell says apart from its timing, which differs between any two runs. */
  private static String identity(CellResult c) {
    return String.join("|", c.kernel(), c.size(), c.backend(), c.device(), c.verdict().name(), c.reason(),
        String.valueOf(c.maxAbsError().orElse(-1.0)));
  }

  private static void check(Path report, String shard) {
    List<String> args = new java.util.ArrayList<>(List.of("check"));
    args.addAll(List.of(KERNELS));
    args.addAll(List.of("--backends", "opencl", "--size", "small", "--time-budget", "0", "-q", "--report",
        report.toString()));
    if (shard != null) {
      args.addAll(List.of("--shard", shard));
    }
    Cli r = Cli.run(args.toArray(String[]::new));
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
  }
}
