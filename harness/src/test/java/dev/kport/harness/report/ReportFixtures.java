package dev.kport.harness.report;

import dev.kport.harness.backend.BackendProbe;
import dev.kport.harness.backend.DeviceInfo;
import dev.kport.harness.compare.Comparator;
import dev.kport.harness.compare.Comparison;
import dev.kport.harness.data.HostBuffer;
import dev.kport.harness.run.CellResult;
import dev.kport.harness.run.Stage;
import dev.kport.harness.run.StageResult;
import dev.kport.harness.run.Timing;
import dev.kport.harness.run.Verdict;
import dev.kport.harness.spec.CheckSpec.Tolerance;
import dev.kport.harness.spec.ElementType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A run as the harness would report it, built by hand: one cell of every verdict. */
final class ReportFixtures {

  static final String DEVICE = "cpu-haswell-AMD EPYC";
  static final String CUDA_SKIP = "built with nvcc; not run: no NVIDIA driver: libcuda.so.1: cannot open shared object";
  /** A build log as compilers write it: several lines, a colour escape, a pipe, and a backtick fence. */
  static final String BUILD_LOG = String.join("\n",
      "<source>:12:5: error: use of undeclared identifier '__shfl_down_sync'",
      "    v += __shfl_down_sync(0xffffffff, v, 16);",
      "    ^",
      "\u001b[1m1 error generated.\u001b[0m",
      "hint: a | b ``` is not a fence",
      "line 6", "line 7", "line 8", "line 9", "line 10", "line 11", "line 12", "line 13", "line 14", "line 15",
      "line 16", "line 17", "line 18", "line 19", "line 20", "line 21", "line 22 (past the excerpt)");

  private ReportFixtures() {}

  /** saxpy passes on OpenCL; its [3] and [7] are off and NaN in a second kernel; and the rest. */
  static List<CellResult> cells() {
    return List.of(pass(), mismatch(), failed(), crashed(), skipped(), knownFailure());
  }

  static RunReport report() {
    return new RunReport(RunReport.SCHEMA_VERSION, "0.1.0-test", Instant.parse("2026-11-29T11:22:39.123456789Z"),
        "runner-7", List.of("check", "kernels/", "--size", "small"), probes(), cells());
  }

  static List<BackendProbe> probes() {
    return List.of(
        BackendProbe.available("opencl", List.of(new DeviceInfo("opencl", "opencl:0:0", DEVICE, "OpenCL 3.0 PoCL")),
            List.of("PoCL 6.0")),
        BackendProbe.unavailable("cuda", "no NVIDIA driver: libcuda.so.1: cannot open shared object",
            List.of("nvcc 12.6")));
  }

  static CellResult pass() {
    Comparison y = compare(new float[] {1f, 2f, 3f, 4f}, new float[] {1f, 2f, 3f, 4.0000005f}, new Tolerance(2, 0, 0));
    return new CellResult("saxpy", "small", "opencl", DEVICE, allOk(), Map.of("y", y),
        Optional.of(new Timing(new long[] {5400, 5200, 6100}, 310_000_000L)), Verdict.PASS, "1 output match");
  }

  static CellResult mismatch() {
    float[] expected = {0f, 1f, 2f, 3f, 4f, 5f, 6f, 7f};
    float[] actual = {0f, 1f, 2f, 3.5f, 4f, 5f, 6f, Float.NaN};
    Map<String, Comparison> outputs = new LinkedHashMap<>();
    outputs.put("out", compare(expected, actual, Tolerance.EXACT));
    outputs.put("sum", compare(new float[] {28f}, new float[] {28f}, Tolerance.EXACT));
    return new CellResult("reduce|sum", "small", "opencl", DEVICE, allOk(), outputs,
        Optional.of(new Timing(new long[] {1_250_000}, 300_000_000L)), Verdict.MISMATCH,
        "out: " + outputs.get("out").summary());
  }

  static CellResult failed() {
    Map<Stage, StageResult> stages = new LinkedHashMap<>();
    stages.put(Stage.TRANSLATE, new StageResult.Ok("2 warnings"));
    stages.put(Stage.BUILD, new StageResult.Failed(BUILD_LOG));
    stages.put(Stage.RUN, new StageResult.Skipped("the build failed"));
    return new CellResult("warp_reduce", "small", "opencl", DEVICE, stages, Map.of(), Optional.empty(),
        Verdict.FAILED, "clBuildProgram failed: use of undeclared identifier '__shfl_down_sync'");
  }

  static CellResult crashed() {
    Map<Stage, StageResult> stages = new LinkedHashMap<>();
    stages.put(Stage.BUILD, new StageResult.Ok(""));
    stages.put(Stage.RUN, new StageResult.Crashed("worker killed by SIGSEGV\nstderr: corrupted size vs. prev_size"));
    return new CellResult("oob_write", "small", "opencl", DEVICE, stages, Map.of(), Optional.empty(),
        Verdict.CRASHED, "worker killed by SIGSEGV");
  }

  static CellResult skipped() {
    Map<Stage, StageResult> stages = new LinkedHashMap<>();
    stages.put(Stage.BUILD, new StageResult.Ok("nvcc -cubin"));
    stages.put(Stage.RUN, new StageResult.Skipped(CUDA_SKIP));
    return new CellResult("saxpy", "small", "cuda", "-", stages, Map.of(), Optional.empty(), Verdict.SKIPPED, CUDA_SKIP);
  }

  static CellResult knownFailure() {
    Map<Stage, StageResult> stages = new LinkedHashMap<>();
    stages.put(Stage.TRANSLATE, new StageResult.Failed("texture objects are not supported"));
    return new CellResult("tex_sample", "large", "opencl", DEVICE, stages, Map.of(), Optional.empty(),
        Verdict.EXPECTED_FAILURE, "expected: OpenCL has no texture objects (spec: expect.because)");
  }

  private static Map<Stage, StageResult> allOk() {
    Map<Stage, StageResult> stages = new LinkedHashMap<>();
    for (Stage s : Stage.values()) {
      stages.put(s, new StageResult.Ok(s == Stage.BUILD ? "clBuildProgram: warning: unused variable" : ""));
    }
    return stages;
  }

  private static Comparison compare(float[] expected, float[] actual, Tolerance t) {
    return Comparator.compare(HostBuffer.fromArray(ElementType.FLOAT, expected),
        HostBuffer.fromArray(ElementType.FLOAT, actual), t);
  }
}
