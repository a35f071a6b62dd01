package dev.kport.harness.run;

import dev.kport.harness.backend.BackendProbe;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** A backend that cannot run here: the cell records why, after doing what needs no device. */
final class UnavailableCell implements SuiteRunner.CellRunner {

  private final SuiteRunner.SpecCase c;
  private final TranslatedKernel t;
  private final String backend;
  private final BackendProbe probe;

  UnavailableCell(SuiteRunner.SpecCase c, TranslatedKernel t, String backend, BackendProbe probe) {
    this.c = c;
    this.t = t;
    this.backend = backend;
    this.probe = probe;
  }

  @Override
  public String label() {
    return backend;
  }

  @Override
  public CellResult run() {
    Map<Stage, StageResult> stages = new EnumMap<>(Stage.class);
    String why = probe.unavailable().orElse("no device");
    if (backend.equals("opencl")) {
      stages.put(Stage.TRANSLATE, t.stage()); // translating needs no device
    } else {
      stages.put(Stage.TRANSLATE, new StageResult.Skipped("not translated: the backend cannot run here"));
    }
    stages.put(Stage.RUN, new StageResult.Skipped(why));
    Verdict v = backend.equals("opencl") && !t.ok() ? Verdict.FAILED : Verdict.SKIPPED;
    String reason = v == Verdict.FAILED ? "translation failed: " + OpenClCell.firstLine(t.error().get()) : why;
    return new CellResult(c.spec().name(), c.size(), backend, "-", stages, Map.of(), Optional.empty(), v, reason);
  }
}
