package dev.kport.harness.run;

import dev.kport.harness.backend.BackendProbe;
import dev.kport.harness.backend.cuda.CudaBackend;
import dev.kport.harness.backend.hip.HipBackend;
import dev.kport.harness.backend.module.CodeObject;
import dev.kport.harness.backend.module.KernelSymbols;
import dev.kport.harness.backend.module.ModuleDriver;
import dev.kport.harness.backend.module.ModuleExecutor;
import dev.kport.harness.data.HostBuffer;
import dev.kport.harness.spec.KernelSpec;
import dev.kport.harness.spec.SpecException;
import dev.kport.harness.spec.Step;
import dev.kport.translator.Target;
import dev.kport.translator.TranslateOptions;
import dev.kport.translator.Translation;
import dev.kport.translator.Translator;
import dev.kport.translator.diag.Diagnostic;
import dev.kport.translator.iface.KernelArg;
import dev.kport.translator.iface.KernelInterface;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One spec at one size in the CUDA or the HIP column: the original (CUDA) or its HIP translation
 * is built into a module with nvcc or hipcc, the spec's kernels are found in the module's symbol
 * table, and where the backend has a device the steps run through its module API, the outputs
 * are compared and the run is timed, as in an OpenCL cell. Without a device the cell ends after
 * the build, with the runtime's reason.
 */
public final class ModuleCell implements SuiteRunner.CellRunner {

  private final SuiteRunner.SpecCase c;
  private final String backend;
  private final List<String> hipArchs;
  private final long timeBudgetMs;
  private final Optional<Path> golden;
  private final Optional<Path> variant;
  private final Map<Stage, StageResult> stages = new EnumMap<>(Stage.class);
  private Optional<Path> recordTo = Optional.empty();
  private String version = "";
  private boolean recorded;

  /** @param golden a recording to check against instead of the spec's reference, if any */
  public ModuleCell(SuiteRunner.SpecCase c, String backend, List<String> hipArchs, long timeBudgetMs,
      Optional<Path> golden) {
    this(c, backend, hipArchs, timeBudgetMs, golden, Optional.empty());
  }

  /**
   * @param variant a hand-written {@code variants/NAME.hip} built instead of the translation (HIP
   *     only); the cell's column is then {@code hip:NAME}
   */
  public ModuleCell(SuiteRunner.SpecCase c, String backend, List<String> hipArchs, long timeBudgetMs,
      Optional<Path> golden, Optional<Path> variant) {
    if (!backend.equals(CudaBackend.ID) && !backend.equals(HipBackend.ID)) {
      throw new IllegalArgumentException("no module backend '" + backend + "'");
    }
    this.c = c;
    this.backend = backend;
    this.hipArchs = List.copyOf(hipArchs);
    this.timeBudgetMs = timeBudgetMs;
    this.golden = golden;
    this.variant = variant;
    if (variant.isPresent() && !hip()) {
      throw new IllegalArgumentException("hand-written variants run in the hip column only, not " + backend);
    }
  }

  /** The column: the backend, or {@code hip:NAME} for a hand-written variants/NAME.hip. */
  private String column() {
    return variant.map(v -> {
      String name = v.getFileName().toString();
      return backend + ":" + name.substring(0, name.lastIndexOf('.'));
    }).orElse(backend);
  }

  /**
   * Runs the case and writes its inputs and outputs as a recording under {@code root}, as
   * {@code kport record} does: the outputs of a spec's reference backend.
   *
   * @throws DeviceException with the cell's reason when nothing was recorded (not built, not run)
   */
  public Path record(Path root, String kportVersion) throws DeviceException, SpecException {
    recordTo = Optional.of(root);
    version = kportVersion;
    CellResult r = run();
    if (!recorded) { // an older recording in root must not pass for this one
      throw new DeviceException(r.reason());
    }
    return GoldenFiles.caseDir(root, c.spec(), c.size());
  }

  @Override
  public String label() {
    return column();
  }

  private boolean hip() {
    return backend.equals(HipBackend.ID);
  }

  private BackendProbe probe() {
    return hip() ? HipBackend.probe() : CudaBackend.probe();
  }

  @Override
  public CellResult run() throws SpecException {
    KernelSpec spec = c.spec();
    Optional<String> hipSource = Optional.empty();
    if (variant.isPresent()) {
      try {
        hipSource = Optional.of(java.nio.file.Files.readString(variant.get()));
      } catch (IOException e) {
        stages.put(Stage.TRANSLATE, new StageResult.Failed(variant.get() + ": cannot read: " + e.getMessage()));
        return result(Verdict.FAILED, variant.get() + ": cannot read: " + e.getMessage());
      }
      stages.put(Stage.TRANSLATE, new StageResult.Ok("hand-written " + variant.get().getFileName()
          + ", launched like the translation"));
    } else if (hip()) {
      Translation t = Translator.translate(spec.source(),
          new TranslateOptions(Target.HIP, spec.includes(), Map.of(), List.of()));
      if (t.hasErrors()) {
        String errors = errors(t);
        stages.put(Stage.TRANSLATE, new StageResult.Failed(errors));
        return result(Verdict.FAILED, "translation failed: " + OpenClCell.firstLine(errors));
      }
      long warnings = t.diagnostics().stream().filter(d -> d.severity() == Diagnostic.Severity.WARNING).count();
      stages.put(Stage.TRANSLATE, new StageResult.Ok("to HIP, " + warnings + " warning" + (warnings == 1 ? "" : "s")));
      hipSource = Optional.of(t.output());
    } else {
      stages.put(Stage.TRANSLATE, new StageResult.Skipped("the original CUDA source runs as it is"));
    }
    String tool = hip() ? "hipcc" : "nvcc";
    Optional<Path> compiler = ModuleBuild.compiler(backend);
    String why = probe().unavailable().orElse("no device");
    if (compiler.isEmpty()) {
      String missing = tool + " not found (" + (hip() ? "ci/install-deps.sh installs it" : "install the CUDA toolkit") + ")";
      stages.put(Stage.BUILD, new StageResult.Skipped(missing));
      stages.put(Stage.RUN, new StageResult.Skipped(why));
      return result(Verdict.SKIPPED, missing + "; " + why);
    }
    ModuleBuild.Outcome built;
    Map<String, String> defines = defines();
    try {
      built = hip() ? ModuleBuild.hip(compiler.get(), spec, hipSource.get(), defines, hipArchs)
          : ModuleBuild.cuda(compiler.get(), spec, defines, CudaBackend.buildArch());
    } catch (IOException e) {
      stages.put(Stage.BUILD, new StageResult.Failed("cannot run " + tool + ": " + e.getMessage()));
      return result(Verdict.FAILED, "cannot run " + tool + ": " + e.getMessage());
    }
    if (built instanceof ModuleBuild.Outcome.Failed f) {
      stages.put(Stage.BUILD, new StageResult.Failed(f.output()));
      return result(Verdict.FAILED, tool + " failed: " + firstError(f.output()));
    }
    ModuleBuild.Outcome.Built module = (ModuleBuild.Outcome.Built) built;
    Map<String, String> entrySymbols;
    KernelSymbols symbols;
    try {
      symbols = KernelSymbols.of(module.module());
      entrySymbols = entrySymbols(spec, symbols);
    } catch (IOException | IllegalArgumentException e) {
      stages.put(Stage.BUILD, new StageResult.Failed(module.summary() + ", but its kernels cannot be found: "
          + e.getMessage()));
      return result(Verdict.FAILED, "built, but its kernels cannot be found: " + e.getMessage());
    }
    stages.put(Stage.BUILD, new StageResult.Ok(module.summary() + "; kernels " + entrySymbols.entrySet().stream()
        .map(e -> e.getKey() + " = " + e.getValue()).collect(Collectors.joining(", "))));
    if (!probe().canRun()) {
      stages.put(Stage.RUN, new StageResult.Skipped(why));
      return result(Verdict.SKIPPED, "built with " + tool + "; not run: " + why);
    }
    return runBuilt(spec, module.module(), entrySymbols, symbols);
  }

  private Map<String, String> defines() throws SpecException {
    try {
      return dev.kport.harness.expr.Expressions.compilerDefines(c.spec(), c.size());
    } catch (IllegalArgumentException e) {
      throw new SpecException(c.spec().file(), 0, "defines", e.getMessage());
    }
  }

  /**
   * Each kernel the steps launch, by the name the spec gives it, to its symbol in the module.
   *
   * @throws IllegalArgumentException naming a kernel the module lacks, and the ones it has
   */
  static Map<String, String> entrySymbols(KernelSpec spec, KernelSymbols symbols) {
    Set<String> entries = new LinkedHashSet<>();
    Step.launches(spec.steps()).forEach(l -> entries.add(l.kernel()));
    Map<String, String> out = new LinkedHashMap<>();
    for (String entry : entries) {
      out.put(entry, symbols.kernel(entry).orElseThrow(() -> new IllegalArgumentException("no kernel '" + entry
          + "' in the module (it has: " + String.join(", ", symbols.kernelNames()) + ")")));
    }
    return out;
  }

  private CellResult runBuilt(KernelSpec spec, CodeObject module, Map<String, String> entrySymbols,
      KernelSymbols symbols) throws SpecException {
    // the kernel interface says which arguments a launch passes; the OpenCL translation makes it
    TranslatedKernel t = TranslatedKernel.translate(spec);
    if (!t.ok()) {
      String why = "the launch needs the kernel interface of the OpenCL translation, which failed: "
          + OpenClCell.firstLine(t.error().get());
      stages.put(Stage.RUN, new StageResult.Failed(why));
      return result(Verdict.FAILED, why);
    }
    KernelInterface iface = t.translation().get().kernelInterface().get();
    CaseData data = CaseData.prepare(spec, c.size(), golden);
    StepInterpreter steps = new StepInterpreter(spec, iface);
    Map<String, HostBuffer> outputs = new LinkedHashMap<>();
    long firstRunNs;
    ModuleDriver driver;
    try {
      driver = hip() ? HipBackend.driver() : CudaBackend.driver();
    } catch (DeviceException e) {
      stages.put(Stage.RUN, new StageResult.Failed(e.getMessage()));
      return result(Verdict.FAILED, "run failed: " + OpenClCell.firstLine(e.getMessage()));
    }
    try (ModuleExecutor ex = new ModuleExecutor(driver, kernelSymbols(iface, entrySymbols),
        globals(iface, symbols))) {
      try {
        driver.load(module.bytes());
        ex.upload(data.inputCopies());
        steps.run(data.variables(), ex);
        firstRunNs = ex.finish();
        for (String out : spec.check().outputs()) {
          outputs.put(out, ex.read(out));
        }
      } catch (DeviceException e) {
        String why = e.getMessage() + (e.getMessage().contains("NoBinaryForGpu") ? " (the module holds code for "
            + String.join(", ", hipArchs) + " only: add this GPU's architecture to --hip-arch)" : "");
        stages.put(Stage.RUN, new StageResult.Failed(why));
        return result(Verdict.FAILED, "run failed: " + OpenClCell.firstLine(why));
      }
      stages.put(Stage.RUN, new StageResult.Ok("device time " + Timing.format(firstRunNs)));
      if (recordTo.isPresent()) {
        try {
          GoldenFiles.record(recordTo.get(), spec, c.size(), data.inputs(), outputs, backend, deviceName(), version);
          recorded = true;
        } catch (IOException e) {
          return result(Verdict.FAILED, "cannot record the outputs: " + e.getMessage());
        }
      }
      CheckedOutputs checked = CheckedOutputs.judge(spec, t, data, outputs);
      stages.put(Stage.COMPARE, checked.stage());
      if (checked.referenceFailed()) {
        return result(Verdict.FAILED, checked.judgement().reason());
      }
      Optional<Timing> timing = TimedRepetitions.time(c.spec(), data, ex, steps, timeBudgetMs, firstRunNs,
          () -> hip() ? Double.NaN : ModuleBandwidthProbe.cuda(), stages);
      return new CellResult(spec.name(), c.size(), column(), deviceName(), stages, checked.comparisons(), timing,
          checked.judgement().verdict(), checked.judgement().reason());
    }
  }

  /** The interface's kernel names (what the interpreter launches by) to their module symbols. */
  private static Map<String, String> kernelSymbols(KernelInterface iface, Map<String, String> entrySymbols) {
    Map<String, String> out = new LinkedHashMap<>();
    for (KernelInterface.Kernel k : iface.kernels()) {
      entrySymbols.entrySet().stream().filter(e -> iface.forEntry(e.getKey()).filter(k::equals).isPresent())
          .findFirst().ifPresent(e -> out.put(k.name(), e.getValue()));
    }
    return out;
  }

  /** The module globals the kernels read, by source name, to their symbols (mangled inside a namespace). */
  private static Map<String, String> globals(KernelInterface iface, KernelSymbols symbols) {
    Map<String, String> out = new LinkedHashMap<>();
    for (KernelInterface.Kernel k : iface.kernels()) {
      for (KernelArg a : k.args()) {
        if (a instanceof KernelArg.Symbol s) {
          out.put(s.name(), symbols.global(s.name()).orElse(s.name()));
        }
      }
    }
    return out;
  }

  private static String errors(Translation t) {
    return t.diagnostics().stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).map(Diagnostic::format)
        .collect(Collectors.joining("\n"));
  }

  /** The compiler's first error line, else its first line after the command. */
  private static String firstError(String output) {
    return output.lines().filter(l -> l.contains("error:") || l.contains("error :")).findFirst()
        .orElse(output.lines().skip(1).filter(l -> !l.isBlank()).findFirst().orElse(output)).trim();
  }

  private String deviceName() {
    BackendProbe p = probe();
    return p.canRun() ? p.devices().get(0).name() : "-";
  }

  private CellResult result(Verdict v, String reason) {
    return new CellResult(c.spec().name(), c.size(), column(), deviceName(), stages, Map.of(), Optional.empty(), v,
        reason);
  }
}
