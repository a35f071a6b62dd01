package dev.kport.harness.cli;

import dev.kport.harness.cli.TranslateJobs.Job;
import dev.kport.harness.cli.TranslateJobs.Sink;
import dev.kport.harness.report.DiagnosticsJson;
import dev.kport.harness.report.DiagnosticsSarif;
import dev.kport.harness.report.TranslationStatsReport;
import dev.kport.translator.Target;
import dev.kport.translator.TranslateOptions;
import dev.kport.translator.Translation;
import dev.kport.translator.TranslationStats;
import dev.kport.translator.Translator;
import dev.kport.translator.diag.Diagnostic;
import dev.kport.translator.hip.LaunchSyntax;
import dev.kport.translator.iface.KernelInterfaceJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kport translate}: CUDA sources to HIP or OpenCL C, with diagnostics on stderr like a compiler's. */
@Command(
    name = "translate",
    header = "Translate CUDA sources to HIP or OpenCL C, with diagnostics like a compiler's.",
    mixinStandardHelpOptions = true,
    description = {
        "HIP: whole files, host and device code; NAME.cu becomes NAME.hip, headers (.cuh .h .hpp) are translated "
            + "under their own names so includes still find them.",
        "OpenCL C 1.2: the kernels, the device functions and types they use; host code is left out. Beside each "
            + "NAME.cl goes NAME.kernel.json, the kernel interface: each kernel's arguments in order.",
        "A DIR is walked for those sources and mirrored into -o (other files are not touched). Diagnostics go to "
            + "stderr as FILE:LINE:COL: warning|error: message [KPnnnn]. Nothing is dropped: what cannot be "
            + "translated stays in the output, with a diagnostic."},
    footer = {"", "Exit codes: 0 translated; 1 some file has error diagnostics (outputs are still written);",
        "            2 a usage error (missing file, bad option)."})
public final class TranslateCommand implements Callable<Integer> {

  /** Files translated at once (in parallel); their outputs are written in order before the next batch. */
  private static final int BATCH = 64;

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "CUDA sources, or folders to walk for them.")
  List<Path> inputs;

  @Option(names = "--to", required = true, paramLabel = "TARGET", description = "hip or opencl.")
  String to;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT",
      description = "A folder (the input tree is mirrored into it), or the output file when translating one file. "
          + "Without -o a single file's translation goes to stdout.")
  Path output;

  @Option(names = "--in-place", description = "Replace each source by its translation (same name, .cu included: "
      + "hipcc compiles .cu as HIP), keeping the original as NAME.orig. Refused where a NAME.orig already exists.")
  boolean inPlace;

  @Option(names = "--examine", description = "Translate, diagnose and count (--stats), but write no file.")
  boolean examine;

  @Option(names = "-I", paramLabel = "DIR", description = "Also look for #include \"...\" files here.")
  List<Path> includeDirs = new ArrayList<>();

  @Option(names = "-D", paramLabel = "NAME[=VALUE]", description = "Define a macro for the translation's analysis.")
  List<String> defines = new ArrayList<>();

  @Option(names = "--entry", paramLabel = "NAME",
      description = "OpenCL: emit only these kernels (and what they use); repeatable. Default: every kernel.")
  List<String> entries = new ArrayList<>();

  @Option(names = "--launch-syntax", paramLabel = "cuda|hip", defaultValue = "cuda",
      description = "HIP: keep kernel launches as k<<<g, b>>>(...) (default; hipcc accepts them), or write "
          + "hipLaunchKernelGGL(k, dim3(g), dim3(b), shmem, stream, ...).")
  String launchSyntax;

  @Option(names = "--active-branches-only", description = "HIP: translate only code that nvcc compiles under the "
      + "-D values (host or device pass; __CUDACC__, __NVCC__ and __CUDA_ARCH__ as nvcc defines them). Other #if "
      + "branches stay as written, each with a note. Default: every branch is translated.")
  boolean activeBranchesOnly;

  @Option(names = "--diagnostics", arity = "2", paramLabel = "json|sarif FILE", hideParamSyntax = true,
      description = "Also write every diagnostic to FILE as json or sarif (SARIF 2.1.0, for code-scanning tools); "
          + "repeatable, e.g. once for each format.")
  List<String> diagnosticsFile = new ArrayList<>();

  @Option(names = "--stats", description = "Count, per file and in total, the CUDA references converted and kept "
      + "per API family, and list where each kept one is. Printed to stdout (to stderr when stdout carries a "
      + "translation).")
  boolean stats;

  @Option(names = "--stats-format", paramLabel = "table|csv|json", defaultValue = "table",
      description = "How --stats prints: table (default), csv or json.")
  String statsFormat;

  @Option(names = "--stats-file", paramLabel = "FILE", description = "Write the --stats report to FILE instead.")
  Path statsFile;

  @Option(names = {"-q", "--quiet"}, description = "No progress lines on stderr (diagnostics still go there).")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    Target target = target();
    TranslateOptions opts = new TranslateOptions(target, includeDirs, defineMap(), entries)
        .withLaunchSyntax(launchSyntax(target)).withActiveBranchesOnly(activeBranchesOnly);
    checkDiagnosticsFormats();
    statsFormat();
    List<Job> jobs = new TranslateJobs(target, output, inPlace, examine).plan(inputs);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Progress progress = new Progress(err, jobs.size(), quiet);
    List<Diagnostic> all = new ArrayList<>();
    Map<String, TranslationStats> counts = new LinkedHashMap<>();
    boolean errors = false;
    for (int from = 0; from < jobs.size(); from += BATCH) {
      List<Job> batch = jobs.subList(from, Math.min(jobs.size(), from + BATCH));
      List<Translation> done = batch.parallelStream().map(j -> Translator.translate(j.source(), opts)).toList();
      for (int k = 0; k < batch.size(); k++) {
        Job job = batch.get(k);
        Translation t = done.get(k);
        t.diagnostics().forEach(d -> err.println(d.format()));
        all.addAll(t.diagnostics());
        counts.put(job.source().toString(), t.stats());
        errors |= t.hasErrors();
        emit(job, t, out);
        progress.step(job.source(), t.output().length());
      }
    }
    progress.done(examine);
    for (int k = 0; k + 1 < diagnosticsFile.size(); k += 2) {
      String text = diagnosticsFile.get(k).equalsIgnoreCase("sarif") ? DiagnosticsSarif.render(Version.current(), all)
          : DiagnosticsJson.render(Version.current(), target.name().toLowerCase(Locale.ROOT), jobs.size(), all);
      writeText(Path.of(diagnosticsFile.get(k + 1)), text);
    }
    if (stats || examine || statsFile != null) {
      String report = new TranslationStatsReport(counts).render(statsFormat);
      if (statsFile != null) {
        writeText(statsFile, report);
      } else {
        PrintWriter to = jobs.stream().anyMatch(j -> j.sink() == Sink.STDOUT) ? err : out;
        to.print(report);
        to.flush();
      }
    }
    err.flush();
    return errors ? Main.EXIT_FAILED : Main.EXIT_OK;
  }

  private void emit(Job job, Translation t, PrintWriter out) throws IOException {
    switch (job.sink()) {
      case STDOUT -> {
        out.print(t.output());
        out.flush();
      }
      case FILE -> write(job.out(), t);
      case IN_PLACE -> {
        Files.copy(job.source(), TranslateJobs.backup(job.source()), StandardCopyOption.COPY_ATTRIBUTES);
        Files.writeString(job.source(), t.output(), StandardCharsets.UTF_8);
      }
      case NOWHERE -> { }
    }
  }

  private Target target() {
    try {
      return Target.parse(to);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--to: " + e.getMessage());
    }
  }

  private LaunchSyntax launchSyntax(Target target) {
    LaunchSyntax syntax = switch (launchSyntax.toLowerCase(Locale.ROOT)) {
      case "cuda" -> LaunchSyntax.CUDA;
      case "hip" -> LaunchSyntax.HIP;
      default -> throw new UsageException("--launch-syntax " + launchSyntax + ": expected cuda or hip");
    };
    if (syntax == LaunchSyntax.HIP && target != Target.HIP) {
      throw new UsageException("--launch-syntax hip applies to --to hip only");
    }
    if (activeBranchesOnly && target != Target.HIP) {
      throw new UsageException("--active-branches-only applies to --to hip only (the OpenCL translation always "
          + "follows the active branches)");
    }
    return syntax;
  }

  private void checkDiagnosticsFormats() {
    for (int k = 0; k + 1 < diagnosticsFile.size(); k += 2) {
      String format = diagnosticsFile.get(k).toLowerCase(Locale.ROOT);
      if (!format.equals("json") && !format.equals("sarif")) {
        throw new UsageException("--diagnostics " + diagnosticsFile.get(k) + " " + diagnosticsFile.get(k + 1)
            + ": expected json or sarif, then the file to write");
      }
    }
  }

  private void statsFormat() {
    if (!List.of("table", "csv", "json").contains(statsFormat)) {
      throw new UsageException("--stats-format " + statsFormat + ": expected table, csv or json");
    }
  }

  private Map<String, String> defineMap() {
    Map<String, String> map = new LinkedHashMap<>();
    for (String d : defines) {
      int eq = d.indexOf('=');
      String name = eq < 0 ? d : d.substring(0, eq);
      if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
        throw new UsageException("-D " + d + ": expected NAME or NAME=VALUE");
      }
      map.put(name, eq < 0 ? "1" : d.substring(eq + 1));
    }
    return map;
  }

  private static void writeText(Path file, String text) throws IOException {
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static void write(Path out, Translation t) throws IOException {
    writeText(out, t.output());
    if (t.kernelInterface().isPresent()) {
      String name = out.getFileName().toString();
      String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
      String json = KernelInterfaceJson.toJson(t.kernelInterface().get());
      writeText(out.toAbsolutePath().resolveSibling(stem + ".kernel.json"), json);
    }
  }

  /** A line on stderr every so often for trees of many files; nothing for a few files or with -q. */
  private static final class Progress {
    private static final int MIN_FILES = 20;
    private final PrintWriter err;
    private final int total;
    private final boolean shown;
    private final long start = System.nanoTime();
    private int done;
    private long chars;

    Progress(PrintWriter err, int total, boolean quiet) {
      this.err = err;
      this.total = total;
      this.shown = !quiet && total >= MIN_FILES;
    }

    void step(Path file, int outputChars) {
      done++;
      chars += outputChars;
      if (shown && done % Math.max(1, total / 10) == 0 && done < total) {
        err.println("kport: " + done + "/" + total + " files");
        err.flush();
      }
    }

    void done(boolean examine) {
      if (shown) {
        double s = (System.nanoTime() - start) / 1e9;
        err.printf(Locale.ROOT, "kport: %s %d files (%.1f MB) in %.2f s%n", examine ? "examined" : "translated",
            total, chars / 1e6, s);
        err.flush();
      }
    }
  }
}
