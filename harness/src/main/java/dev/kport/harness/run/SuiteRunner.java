package dev.kport.harness.run;

import dev.kport.harness.backend.BackendProbe;
import dev.kport.harness.backend.cuda.CudaBackend;
import dev.kport.harness.backend.hip.HipBackend;
import dev.kport.harness.backend.opencl.OpenClBackend;
import dev.kport.harness.spec.KernelSpec;
import dev.kport.harness.spec.SpecException;
import dev.kport.harness.spec.CheckSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.nio.file.Path;

/**
 * Runs specs on every asked backend: one cell per spec, size and device, in that order. OpenCL,
 * CUDA and HIP cells come from an {@link OpenClCells} (in this process or in an isolated worker);
 * a cell's failure never stops the run.
 */
public final class SuiteRunner {

  private final RunOptions options;
  private final ProgressListener progress;
  private final OpenClCells openClCells;
  private final Map<String, BackendProbe> probes = new LinkedHashMap<>();
  private List<OpenClBackend.Device> openClDevices = List.of();
  // translating needs no device: cells of unavailable backends still report it
  private final Map<KernelSpec, TranslatedKernel> translations = new LinkedHashMap<>();

  public SuiteRunner(RunOptions options, ProgressListener progress, OpenClCells openClCells) {
    this.options = options;
    this.progress = progress;
    this.openClCells = openClCells;
    for (String b : options.backends()) {
      probes.put(b, probe(b));
    }
    if (probes.containsKey(OpenClBackend.ID) && probes.get(OpenClBackend.ID).canRun()) {
      try {
        openClDevices = OpenClBackend.devices();
      } catch (OpenClBackend.OpenClUnavailable e) {
        openClDevices = List.of();
      }
    }
  }

  /** What each asked backend found. */
  public Map<String, BackendProbe> probes() {
    return probes;
  }

  static BackendProbe probe(String backend) {
    switch (backend) {
      case OpenClBackend.ID:
        return OpenClBackend.probe();
      case CudaBackend.ID:
        return CudaBackend.probe();
      case HipBackend.ID:
        return HipBackend.probe();
      default:
        throw new IllegalArgumentException("unknown backend '" + backend + "' (expected opencl, cuda or hip)");
    }
  }

  /**
   * Runs every spec; spec problems found only now (a kernel's signature against the spec's
   * arguments) end the run as a spec error, since every later cell would repeat them.
   */
  public List<CellResult> run(List<KernelSpec> specs) throws SpecException {
    List<SpecCase> cases = new ArrayList<>();
    for (KernelSpec spec : specs) {
      for (String size : sizesOf(spec)) {
        cases.add(new SpecCase(spec, size));
      }
    }
    int total = 0;
    for (SpecCase c : cases) {
      total += columns(c.spec());
    }
    int index = 0;
    List<CellResult> results = new ArrayList<>();
    Path referenceRoot = null;
    try {
      for (SpecCase c : cases) {
        SpecCase run = c;
        Optional<ReferenceRun.Outcome.NotRecorded> notRecorded = Optional.empty();
        // a --golden recording replaces every spec's own reference, a reference backend's included
        if (c.spec().check().reference() instanceof CheckSpec.Reference.Backend b && openClCells.golden().isEmpty()) {
          referenceRoot = referenceRoot != null ? referenceRoot : Files.createTempDirectory("kport-reference-");
          ReferenceRun.Outcome o = ReferenceRun.record(c, b.name(), probeOf(b.name()),
              options.hipArchs(), referenceRoot);
          if (o instanceof ReferenceRun.Outcome.Recorded rec) {
            run = new SpecCase(c.spec(), c.size(), Optional.of(rec.root()));
          } else {
            notRecorded = Optional.of((ReferenceRun.Outcome.NotRecorded) o);
          }
        }
        for (String backend : options.backends()) {
          for (CellRunner cell : cellsFor(backend, run)) {
            progress.starting(++index, total, c.spec().name(), c.size(), cell.label());
            CellResult r = notRecorded.isPresent() ? notJudged(run, backend, cell, notRecorded.get()) : cell.run();
            results.add(r);
            progress.finished(r);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make a folder for the reference backend's outputs", e);
    } finally {
      deleteQuietly(referenceRoot);
    }
    return results;
  }

  /** The probe of a backend, asked or not: a spec's reference backend need not be a column. */
  private BackendProbe probeOf(String backend) {
    return probes.containsKey(backend) ? probes.get(backend) : probe(backend);
  }

  /** A cell that is not run: without the reference backend's outputs nothing could judge it. */
  private static CellResult notJudged(SpecCase c, String backend, CellRunner cell,
      ReferenceRun.Outcome.NotRecorded why) {
    return new CellResult(c.spec().name(), c.size(), backend, backend.equals(OpenClBackend.ID) ? cell.label() : "-",
        Map.of(Stage.COMPARE, new StageResult.Skipped(why.reason())), Map.of(), Optional.empty(), why.verdict(),
        why.reason());
  }

  private static void deleteQuietly(Path root) {
    if (root == null) {
      return;
    }
    try (var files = Files.walk(root)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a temporary folder left behind harms nothing
    }
  }

  private int columns(KernelSpec spec) {
    int n = 0;
    for (String b : options.backends()) {
      n += b.equals(OpenClBackend.ID) ? (openClDevices.isEmpty() ? 1 : openClDevices.size() * (1 + variantsOf(spec, ".cl").size()))
          : b.equals(HipBackend.ID) ? 1 + variantsOf(spec, ".hip").size() : 1;
    }
    return n;
  }

  /**
   * The hand-written versions in the spec's folder, {@code variants/NAME.EXT}, sorted by name, when
   * the run asks for them.
   */
  private List<java.nio.file.Path> variantsOf(KernelSpec spec, String extension) {
    if (!options.variants()) {
      return List.of();
    }
    java.nio.file.Path dir = spec.file().toAbsolutePath().getParent().resolve("variants");
    if (!java.nio.file.Files.isDirectory(dir)) {
      return List.of();
    }
    try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(extension)).sorted().toList();
    } catch (java.io.IOException e) {
      return List.of(); // an unreadable folder shows as no variants; the translation still runs
    }
  }

  private List<CellRunner> cellsFor(String backend, SpecCase c) throws SpecException {
    BackendProbe probe = probes.get(backend);
    if (backend.equals(OpenClBackend.ID) && probe.canRun()) {
      List<CellRunner> cells = new ArrayList<>();
      for (OpenClBackend.Device d : openClDevices) {
        cells.add(openClCells.cell(c, d, options.timeBudgetMs()));
        for (java.nio.file.Path v : variantsOf(c.spec(), ".cl")) {
          cells.add(openClCells.variantCell(c, d, options.timeBudgetMs(), v));
        }
      }
      return cells;
    }
    if (backend.equals(CudaBackend.ID) || backend.equals(HipBackend.ID)) {
      List<CellRunner> cells = new ArrayList<>(List.of(openClCells.moduleCell(c, backend, options.hipArchs(),
          options.timeBudgetMs())));
      if (backend.equals(HipBackend.ID)) {
        for (Path v : variantsOf(c.spec(), ".hip")) {
          cells.add(openClCells.moduleCell(c, backend, options.hipArchs(), options.timeBudgetMs(), Optional.of(v)));
        }
      }
      return cells;
    }
    return List.of(new UnavailableCell(c, translations.computeIfAbsent(c.spec(), TranslatedKernel::translate),
        backend, probe));
  }

  private List<String> sizesOf(KernelSpec spec) {
    if (options.sizes().isEmpty()) {
      return List.of(spec.defaultSize());
    }
    if (options.sizes().contains("all")) {
      return List.copyOf(spec.sizes().keySet());
    }
    return options.sizes();
  }

  /**
   * One spec at one size.
   *
   * @param reference where the spec's reference backend recorded this case, when the spec names one
   */
  public record SpecCase(KernelSpec spec, String size, Optional<Path> reference) {
    public SpecCase(KernelSpec spec, String size) {
      this(spec, size, Optional.empty());
    }

    /** The recording to compare with: the reference backend's, else the run's golden folder, if any. */
    public Optional<Path> goldenOr(Optional<Path> golden) {
      return reference.or(() -> golden);
    }
  }

  /** One cell's work. */
  public interface CellRunner {
    String label();

    CellResult run() throws SpecException;
  }
}
