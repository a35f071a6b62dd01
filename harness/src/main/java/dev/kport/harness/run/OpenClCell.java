package dev.kport.harness.run;

import dev.kport.harness.backend.opencl.BandwidthProbe;
import dev.kport.harness.backend.opencl.OpenClBackend;
import dev.kport.harness.backend.opencl.OpenClExecutor;
import dev.kport.harness.compare.Comparison;
import dev.kport.harness.data.HostBuffer;
import dev.kport.harness.spec.KernelSpec;
import dev.kport.harness.spec.SpecException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** One spec at one size on one OpenCL device: build, run, compare, time. */
final class OpenClCell implements SuiteRunner.CellRunner {

  private final SuiteRunner.SpecCase c;
  private final TranslatedKernel t;
  private final CaseData data;
  private final OpenClBackend.Device device;
  private final long timeBudgetMs;
  private final Map<Stage, StageResult> stages = new EnumMap<>(Stage.class);

  OpenClCell(SuiteRunner.SpecCase c, TranslatedKernel t, CaseData data, OpenClBackend.Device device, long timeBudgetMs) {
    this.c = c;
    this.t = t;
    this.data = data;
    this.device = device;
    this.timeBudgetMs = timeBudgetMs;
  }

  @Override
  public String label() {
    return device.info().id();
  }

  @Override
  public CellResult run() throws SpecException {
    KernelSpec spec = c.spec();
    stages.put(Stage.TRANSLATE, t.stage());
    if (!t.ok()) {
      return result(Map.of(), Optional.empty(), Verdict.FAILED, "translation failed: " + firstLine(t.error().get()));
    }
    String options = "-cl-std=CL1.2" + data.defineOptions();
    long start = System.nanoTime();
    OpenClExecutor ex;
    try {
      ex = OpenClExecutor.build(device, t.translation().get().output(), options);
    } catch (DeviceException e) {
      stages.put(Stage.BUILD, new StageResult.Failed(e.getMessage()));
      return result(Map.of(), Optional.empty(), Verdict.FAILED, "build failed: " + firstLine(e.getMessage()));
    }
    stages.put(Stage.BUILD, new StageResult.Ok("built in " + Timing.format(System.nanoTime() - start)));
    try (ex) {
      return runBuilt(spec, ex);
    }
  }

  private CellResult runBuilt(KernelSpec spec, OpenClExecutor ex) throws SpecException {
    StepInterpreter steps = new StepInterpreter(spec, t.translation().get().kernelInterface().get());
    Map<String, HostBuffer> outputs = new LinkedHashMap<>();
    long firstRunNs;
    try {
      ex.upload(data.inputCopies());
      steps.run(data.variables(), ex);
      firstRunNs = ex.finish();
      for (String out : spec.check().outputs()) {
        outputs.put(out, ex.read(out));
      }
    } catch (DeviceException e) {
      stages.put(Stage.RUN, new StageResult.Failed(e.getMessage()));
      return result(Map.of(), Optional.empty(), Verdict.FAILED, "run failed: " + firstLine(e.getMessage()));
    }
    stages.put(Stage.RUN, new StageResult.Ok("device time " + Timing.format(firstRunNs)));
    CheckedOutputs checked = CheckedOutputs.judge(spec, t, data, outputs);
    stages.put(Stage.COMPARE, checked.stage());
    if (checked.referenceFailed()) {
      return result(Map.of(), Optional.empty(), Verdict.FAILED, checked.judgement().reason());
    }
    Map<String, Comparison> comparisons = checked.comparisons();
    Judgement j = checked.judgement();
    Optional<Timing> timing = TimedRepetitions.time(spec, data, ex, steps, timeBudgetMs, firstRunNs,
        () -> BandwidthProbe.peakGBs(device), stages);
    return result(comparisons, timing, j.verdict(), j.reason());
  }

  private CellResult result(Map<String, Comparison> comparisons, Optional<Timing> timing, Verdict v, String reason) {
    return new CellResult(c.spec().name(), c.size(), t.backendLabel(OpenClBackend.ID), device.info().name(), stages,
        comparisons,
        timing, v, reason);
  }

  static String firstLine(String s) {
    return s.lines().filter(l -> !l.isBlank()).findFirst().orElse(s).trim();
  }
}
