package dev.kport.harness.cli;

import dev.kport.translator.Target;
import dev.kport.translator.TranslateOptions;
import dev.kport.translator.Translation;
import dev.kport.translator.Translator;
import dev.kport.translator.diag.Diagnostic;
import dev.kport.translator.iface.KernelInterfaceJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code kport translate}: CUDA sources to OpenCL C, with diagnostics on stderr like a compiler's. */
@Command(
    name = "translate",
    header = "Translate CUDA sources to OpenCL C, with diagnostics like a compiler's.",
    mixinStandardHelpOptions = true,
    description = 
        "Translate CUDA sources to OpenCL C 1.2: the kernels, the device functions and types they use. "
        + "Host code is left out (the harness, or your own host program, is the host side). Beside each "
        + "NAME.cl goes NAME.kernel.json, the kernel interface: each kernel's arguments in order. "
        + "Diagnostics go to stderr as FILE:LINE:COL: warning|error: message [KPnnnn]. Nothing is dropped: "
        + "what cannot be translated stays in the output, with a diagnostic.",
    footer = {"", "Exit codes: 0 translated; 1 some file has error diagnostics (outputs are still written);",
        "            2 a usage error (missing file, bad option)."})
public final class TranslateCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR",
      description = "CUDA sources; a DIR translates every .cu below it, mirroring the tree into -o.")
  List<Path> inputs;

  @Option(names = "--to", required = true, paramLabel = "TARGET",
      description = "Target language: opencl, or hip (whole files, host code too; no kernel interface).")
  String to;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT",
      description = "Output: a folder, or a .cl file when translating one file. Without -o a single file's "
          + "translation goes to stdout (and no kernel interface is written).")
  Path output;

  @Option(names = "-I", paramLabel = "DIR", description = "Also look for #include \"...\" files here.")
  List<Path> includeDirs = new ArrayList<>();

  @Option(names = "-D", paramLabel = "NAME[=VALUE]", description = "Define a macro for the translation's analysis.")
  List<String> defines = new ArrayList<>();

  @Option(names = "--entry", paramLabel = "NAME",
      description = "Emit only these kernels (and what they use); repeatable. Default: every kernel.")
  List<String> entries = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    Target target = target();
    TranslateOptions opts = new TranslateOptions(target, includeDirs, defineMap(), entries);
    Map<Path, Path> jobs = jobs(target);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean errors = false;
    for (Map.Entry<Path, Path> job : jobs.entrySet()) {
      Translation t = Translator.translate(job.getKey(), opts);
      for (Diagnostic d : t.diagnostics()) {
        err.println(d.format());
      }
      errors |= t.hasErrors();
      if (job.getValue() == null) {
        out.print(t.output());
        out.flush();
      } else {
        write(job.getValue(), t);
      }
    }
    err.flush();
    return errors ? Main.EXIT_FAILED : Main.EXIT_OK;
  }

  private Target target() {
    Target t;
    try {
      t = Target.parse(to);
    } catch (IllegalArgumentException e) {
      throw new UsageException("--to: " + e.getMessage());
    }
    return t;
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

  /** Each input source and where its translation goes (null: stdout). */
  private Map<Path, Path> jobs(Target target) throws IOException {
    Map<Path, Path> jobs = new LinkedHashMap<>();
    for (Path in : inputs) {
      if (!Files.exists(in)) {
        throw new UsageException(in + ": no such file or directory");
      }
      if (Files.isDirectory(in)) {
        if (output == null) {
          throw new UsageException(in + " is a folder: give -o OUT_DIR to mirror it into");
        }
        try (Stream<Path> walk = Files.walk(in)) {
          for (Path f : walk.filter(p -> p.toString().endsWith(".cu")).sorted().toList()) {
            jobs.put(f, output.resolve(in.relativize(f)).resolveSibling(stem(f) + "." + target.extension()));
          }
        }
      } else if (output == null) {
        if (inputs.size() > 1) {
          throw new UsageException("several inputs: give -o OUT_DIR");
        }
        jobs.put(in, null);
      } else if (inputs.size() == 1 && output.toString().endsWith("." + target.extension())) {
        jobs.put(in, output);
      } else {
        jobs.put(in, output.resolve(stem(in) + "." + target.extension()));
      }
    }
    return jobs;
  }

  private static String stem(Path f) {
    String name = f.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }

  private static void write(Path out, Translation t) throws IOException {
    Path dir = out.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Files.writeString(out, t.output(), StandardCharsets.UTF_8);
    if (t.kernelInterface().isPresent()) {
      String json = KernelInterfaceJson.toJson(t.kernelInterface().get());
      Files.writeString(dir.resolve(stem(out) + ".kernel.json"), json, StandardCharsets.UTF_8);
    }
  }
}
