package dev.kport.harness.run;

import dev.kport.harness.backend.BackendProbe;
import dev.kport.harness.backend.cuda.CudaBackend;
import dev.kport.harness.spec.KernelSpec;
import dev.kport.harness.tool.ExternalTool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CUDA column: the original is built with nvcc (which needs no GPU); running it waits for a
 * driver and the driver-API runner.
 */
final class CudaBuildCell implements SuiteRunner.CellRunner {

  /** An architecture every CUDA 12 and 13 nvcc accepts. */
  static final String ARCH = "sm_80";
  private static final long BUILD_TIMEOUT_S = 300;

  private final SuiteRunner.SpecCase c;
  private final Map<String, String> defines;
  private final BackendProbe probe;

  CudaBuildCell(SuiteRunner.SpecCase c, Map<String, String> defines, BackendProbe probe) {
    this.c = c;
    this.defines = defines;
    this.probe = probe;
  }

  @Override
  public String label() {
    return CudaBackend.ID;
  }

  @Override
  public CellResult run() {
    Map<Stage, StageResult> stages = new EnumMap<>(Stage.class);
    stages.put(Stage.TRANSLATE, new StageResult.Skipped("the original CUDA source runs as it is"));
    String why = probe.unavailable().orElse("kport cannot launch CUDA kernels yet");
    Optional<Path> nvcc = CudaBackend.nvcc();
    if (nvcc.isEmpty()) {
      stages.put(Stage.BUILD, new StageResult.Skipped("nvcc not found"));
      stages.put(Stage.RUN, new StageResult.Skipped(why));
      return result(stages, Verdict.SKIPPED, "nvcc not found; " + why);
    }
    StageResult build = build(nvcc.get());
    stages.put(Stage.BUILD, build);
    if (build instanceof StageResult.Failed f) {
      return result(stages, Verdict.FAILED, "nvcc failed: " + OpenClCell.firstLine(f.text()));
    }
    stages.put(Stage.RUN, new StageResult.Skipped(why));
    return result(stages, Verdict.SKIPPED, "built with nvcc; not run: " + why);
  }

  private StageResult build(Path nvcc) {
    KernelSpec spec = c.spec();
    try {
      Path out = Files.createTempFile("kport-", ".cubin");
      try {
        List<String> cmd = new ArrayList<>(List.of(nvcc.toString(), "-arch=" + ARCH, "-cubin", "-o", out.toString()));
        for (Path inc : spec.includes()) {
          cmd.add("-I" + inc);
        }
        defines.forEach((name, value) -> cmd.add("-D" + name + "=" + value));
        cmd.add(spec.source().toString());
        long start = System.nanoTime();
        ExternalTool.Outcome o = ExternalTool.run(cmd, spec.dir(), BUILD_TIMEOUT_S);
        if (!o.ok()) {
          return new StageResult.Failed(o.timedOut() ? "nvcc timed out after " + BUILD_TIMEOUT_S + " s" : o.output());
        }
        return new StageResult.Ok("nvcc -arch=" + ARCH + " in " + Timing.format(System.nanoTime() - start));
      } finally {
        Files.deleteIfExists(out);
      }
    } catch (IOException e) {
      return new StageResult.Failed("cannot run nvcc: " + e.getMessage());
    }
  }

  private CellResult result(Map<Stage, StageResult> stages, Verdict v, String reason) {
    return new CellResult(c.spec().name(), c.size(), CudaBackend.ID, "-", stages, Map.of(), Optional.empty(), v, reason);
  }
}
