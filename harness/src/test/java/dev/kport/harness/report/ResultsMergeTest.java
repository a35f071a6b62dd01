package dev.kport.harness.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kport.harness.backend.BackendProbe;
import dev.kport.harness.backend.DeviceInfo;
import dev.kport.harness.run.CellResult;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsMergeTest {

  private static final List<String> WHOLE = List.of("check", "kernels/", "--size", "small");

  private static RunReport run(String host, String startedAt, List<String> args, List<BackendProbe> probes,
      List<CellResult> cells) {
    return new RunReport(RunReport.SCHEMA_VERSION, "0.1.0-test", Instant.parse(startedAt), host, args, probes, cells);
  }

  /** Every second cell in run order, as a shard i of 2 would take them. */
  private static List<CellResult> shard(int i, List<CellResult> cells) {
    List<CellResult> out = new ArrayList<>();
    for (int k = i - 1; k < cells.size(); k += 2) {
      out.add(cells.get(k));
    }
    return out;
  }

  private static List<String> shardArgs(int i) {
    List<String> args = new ArrayList<>(WHOLE);
    args.addAll(List.of("--shard", i + "/2"));
    return args;
  }

  @Test
  void shardsMergedHaveTheWholeRunsCellsInTheSameOrder() throws Exception {
    List<CellResult> all = ReportFixtures.cells();
    RunReport whole = ResultsMerge.merge(List.of(new ResultsMerge.Source("whole.json",
        run("runner-7", "2026-11-29T11:00:00Z", WHOLE, ReportFixtures.probes(), all))));
    RunReport one = run("runner-7", "2026-11-29T11:00:05Z", shardArgs(1), ReportFixtures.probes(), shard(1, all));
    RunReport two = run("runner-7", "2026-11-29T11:00:01Z", shardArgs(2), ReportFixtures.probes(), shard(2, all));

    // the shards are given in the "wrong" order on purpose: the result must not depend on it
    RunReport merged = ResultsMerge.merge(List.of(new ResultsMerge.Source("2.json", two),
        new ResultsMerge.Source("1.json", one)));

    assertThat(merged.cells()).isEqualTo(whole.cells()).hasSize(all.size());
    assertThat(merged.cells()).isSortedAccordingTo(ResultsMerge.CELL_ORDER);
    assertThat(merged.args()).isEqualTo(WHOLE);
    assertThat(merged.probes()).isEqualTo(ReportFixtures.probes());
    assertThat(merged.startedAt()).isEqualTo(Instant.parse("2026-11-29T11:00:01Z"));
    assertThat(merged.host()).isEqualTo("runner-7");
    assertThat(ResultsJson.toJson(merged).replace("2026-11-29T11:00:01Z", "T"))
        .isEqualTo(ResultsJson.toJson(whole).replace("2026-11-29T11:00:00Z", "T"));
  }

  @Test
  void aCellInTwoInputsIsAnErrorNamingBoth() {
    RunReport a = run("a", "2026-11-29T11:00:00Z", WHOLE, List.of(), List.of(ReportFixtures.pass()));
    RunReport b = run("b", "2026-11-29T11:00:00Z", WHOLE, List.of(), ReportFixtures.cells());

    assertThatThrownBy(() -> ResultsMerge.merge(List.of(new ResultsMerge.Source("ci/a.json", a),
        new ResultsMerge.Source("ci/b.json", b))))
        .isInstanceOf(ResultsFormatException.class)
        .hasMessage("ci/a.json and ci/b.json both hold saxpy[small] on opencl (" + ReportFixtures.DEVICE
            + "): merge results that do not overlap");
  }

  @Test
  void runsOnTwoMachinesUniteTheirBackendsAndDevices() throws Exception {
    DeviceInfo pocl = new DeviceInfo("opencl", "opencl:0:0", "pocl-cpu", "PoCL");
    DeviceInfo nvidia = new DeviceInfo("opencl", "opencl:0:0", "NVIDIA H200", "OpenCL 3.0 CUDA");
    DeviceInfo h200 = new DeviceInfo("cuda", "cuda:0", "NVIDIA H200", "sm_90");
    RunReport cpu = run("cpu-runner", "2026-11-29T11:00:00Z", WHOLE,
        List.of(BackendProbe.available("opencl", List.of(pocl), List.of("PoCL 6.0")),
            BackendProbe.unavailable("cuda", "no NVIDIA driver", List.of("nvcc 12.6"))),
        List.of(ReportFixtures.pass()));
    RunReport gpu = run("gpu-runner", "2026-11-29T10:00:00Z", List.of("check", "kernels/", "--backends", "cuda"),
        List.of(BackendProbe.available("cuda", List.of(h200), List.of("nvcc 12.6")),
            BackendProbe.available("opencl", List.of(nvidia), List.of())),
        List.of(ReportFixtures.mismatch()));

    RunReport merged = ResultsMerge.merge(List.of(new ResultsMerge.Source("cpu", cpu),
        new ResultsMerge.Source("gpu", gpu)));

    assertThat(merged.probes()).extracting(BackendProbe::backend).containsExactly("opencl", "cuda");
    assertThat(merged.probes().get(0).devices()).containsExactly(pocl, nvidia);
    assertThat(merged.probes().get(1).canRun()).isTrue();
    assertThat(merged.probes().get(1).devices()).containsExactly(h200);
    assertThat(merged.probes().get(1).notes()).containsExactly("nvcc 12.6");
    assertThat(merged.host()).isEqualTo("cpu-runner, gpu-runner");
    assertThat(merged.startedAt()).isEqualTo(Instant.parse("2026-11-29T10:00:00Z"));
    assertThat(merged.args()).containsExactly("check", "kernels/", "--size", "small", ";", "check", "kernels/",
        "--backends", "cuda");
    assertThat(merged.cells()).extracting(CellResult::kernel).containsExactly("reduce|sum", "saxpy");
  }

  @Test
  void aBackendThatRanNowhereKeepsEveryReason() throws Exception {
    RunReport a = run("a", "2026-11-29T11:00:00Z", WHOLE,
        List.of(BackendProbe.unavailable("hip", "no ROCm runtime", List.of())), List.of());
    RunReport b = run("b", "2026-11-29T11:00:00Z", WHOLE,
        List.of(BackendProbe.unavailable("hip", "no AMD GPU", List.of())), List.of());

    BackendProbe hip = ResultsMerge.merge(List.of(new ResultsMerge.Source("a", a), new ResultsMerge.Source("b", b)))
        .probes().get(0);

    assertThat(hip.canRun()).isFalse();
    assertThat(hip.unavailable()).hasValue("no ROCm runtime; no AMD GPU");
  }

  @Test
  void readNamesTheFileThatIsNotResults(@TempDir Path dir) throws Exception {
    Path good = dir.resolve("good.json");
    ResultsJson.write(ReportFixtures.report(), good);
    Path bad = dir.resolve("bad.json");
    java.nio.file.Files.writeString(bad, "{\"schemaVersion\": 1}");

    assertThat(ResultsMerge.read(List.of(good)).cells()).hasSize(ReportFixtures.cells().size());
    assertThatThrownBy(() -> ResultsMerge.read(List.of(good, bad))).isInstanceOf(ResultsFormatException.class)
        .hasMessageStartingWith(bad + ": not a kport results file");
  }
}
