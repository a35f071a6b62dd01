package dev.kport.translator.hip;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** A compiler the HIP tests run (hipcc on the translations, nvcc on the originals): found, then run with a time limit. */
record Compiler(Path executable, Map<String, String> environment) {

  static final long TIMEOUT_SECONDS = 300;

  /** What a compile printed and how it ended. */
  record Result(int exit, String output) {}

  /** hipcc on PATH, else where ROCm installs it; it builds for AMD ({@code HIP_PLATFORM=amd}). */
  static Optional<Compiler> hipcc() {
    return find("hipcc", Path.of("/opt/rocm/bin/hipcc")).map(p -> new Compiler(p, Map.of("HIP_PLATFORM", "amd")));
  }

  /** nvcc on PATH, else the CUDA toolkit's default folder. */
  static Optional<Compiler> nvcc() {
    return find("nvcc", Path.of("/usr/local/cuda/bin/nvcc")).map(p -> new Compiler(p, Map.of()));
  }

  static Optional<Path> find(String name, Path fallback) {
    List<Path> candidates = new ArrayList<>();
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(File.pathSeparator)) {
        if (!dir.isEmpty()) {
          candidates.add(Path.of(dir, name));
        }
      }
    }
    candidates.add(fallback);
    return candidates.stream().filter(Files::isExecutable).findFirst();
  }

  /** Compiles {@code source} to an object file beside it: {@code COMPILER -c FLAGS source -o source.o}. */
  Result compile(Path source, List<String> flags) throws IOException, InterruptedException {
    List<String> arguments = new ArrayList<>(List.of("-c"));
    arguments.addAll(flags);
    arguments.addAll(List.of(source.toString(), "-o", source.resolveSibling(source.getFileName() + ".o").toString()));
    return run(arguments);
  }

  /** Whether {@code #include <header>} preprocesses: the compiler finds the header where it looks. */
  boolean finds(Path dir, String header) throws IOException, InterruptedException {
    Path probe = dir.resolve("include_" + header.replaceAll("\\W", "_") + ".cu");
    Files.writeString(probe, "#include <" + header + ">\n");
    return run(List.of("-E", probe.toString(), "-o", probe + ".i")).exit() == 0;
  }

  private Result run(List<String> arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(executable.toString()));
    command.addAll(arguments);
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().putAll(environment);
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail(executable.getFileName() + " took over " + TIMEOUT_SECONDS + " s: " + String.join(" ", command));
    }
    return new Result(p.exitValue(), String.join(" ", command) + "\n" + output);
  }

  /**
   * Empty when hipcc compiles a trivial kernel for {@code arch} (its ROCm device library is
   * installed); else hipcc's reason.
   */
  Optional<String> probe(Path dir, String arch) throws IOException, InterruptedException {
    Path hip = dir.resolve("probe_" + arch + ".hip");
    Files.writeString(hip, "#include <hip/hip_runtime.h>\n__global__ void k(float *p) { p[threadIdx.x] = 1.0f; }\n");
    Result r = compile(hip, List.of("--offload-arch=" + arch));
    return r.exit() == 0 ? Optional.empty()
        : Optional.of("hipcc cannot compile for " + arch + " here: "
            + r.output().lines().filter(l -> l.contains("error")).findFirst().orElse(r.output()));
  }
}
