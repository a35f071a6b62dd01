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

  /** Where Debian and ROCm install the AMD device libraries' bitcode. */
  private static final List<Path> BITCODE_DIRS = List.of(Path.of("/usr/lib/x86_64-linux-gnu/amdgcn/bitcode"),
      Path.of("/opt/rocm/amdgcn/bitcode"), Path.of("/usr/lib/amdgcn/bitcode"));

  /**
   * This hipcc, made able to build for {@code arch} when only the device libraries' one per-ISA
   * file is missing (Debian's rocm-device-libs 5.2 has no {@code oclc_isa_version_1100.bc}, while
   * its compiler targets gfx1100). That file holds a single constant, {@code __oclc_ISA_version}
   * (major * 1000 + minor * 100 + stepping), so it is written from a sibling with LLVM's own
   * {@code llvm-dis}/{@code llvm-as}, beside copies of every installed library, and hipcc is pointed
   * there with {@code DEVICE_LIB_PATH}. Empty when that cannot be done here (no bitcode, no tools).
   */
  Optional<Compiler> withIsaLibrary(Path dir, String arch) throws IOException, InterruptedException {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("gfx([0-9]+)([0-9a-f])([0-9a-f])").matcher(arch);
    Optional<Path> bitcode = BITCODE_DIRS.stream().filter(d -> Files.isRegularFile(d.resolve("ocml.bc"))).findFirst();
    if (!m.matches() || bitcode.isEmpty()) {
      return Optional.empty();
    }
    String isa = m.group(1) + m.group(2) + m.group(3);
    int version = Integer.parseInt(m.group(1)) * 1000 + Integer.parseInt(m.group(2), 16) * 100
        + Integer.parseInt(m.group(3), 16);
    Path libs = Files.createDirectories(dir.resolve("device-libs-" + arch));
    Path sibling = null;
    try (var files = Files.list(bitcode.get())) {
      for (Path f : files.sorted().toList()) {
        Files.copy(f, libs.resolve(f.getFileName())); // copies: links out of a test's temporary folder draw warnings
        if (f.getFileName().toString().matches("oclc_isa_version_[0-9a-f]+\\.bc")) {
          sibling = f;
        }
      }
    }
    if (sibling == null) {
      return Optional.empty();
    }
    for (Path tools : llvmBinDirs()) {
      Process dis = new ProcessBuilder(tools.resolve("llvm-dis").toString(), sibling.toString(), "-o", "-")
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      String ir = new String(dis.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (dis.waitFor() != 0 || !ir.contains("@__oclc_ISA_version")) {
        continue; // an older LLVM than the one that wrote the bitcode
      }
      String mine = ir.replaceAll("(@__oclc_ISA_version = [^\\n]*constant i32 )[0-9]+", "$1" + version);
      Path ll = dir.resolve("oclc_isa_version_" + isa + ".ll");
      Files.writeString(ll, mine);
      Process as = new ProcessBuilder(tools.resolve("llvm-as").toString(), ll.toString(), "-o",
          libs.resolve("oclc_isa_version_" + isa + ".bc").toString()).redirectErrorStream(true).start();
      as.getInputStream().readAllBytes();
      if (as.waitFor() == 0) {
        Map<String, String> env = new java.util.HashMap<>(environment);
        env.put("DEVICE_LIB_PATH", libs.toString());
        return Optional.of(new Compiler(executable, Map.copyOf(env)));
      }
    }
    return Optional.empty();
  }

  /** LLVM's tool folders, newest first: the bitcode needs a reader at least as new as its writer. */
  private static List<Path> llvmBinDirs() throws IOException {
    Path lib = Path.of("/usr/lib");
    if (!Files.isDirectory(lib)) {
      return List.of();
    }
    try (var dirs = Files.list(lib)) {
      return dirs.filter(d -> d.getFileName().toString().matches("llvm-[0-9]+"))
          .sorted(java.util.Comparator.comparingInt((Path d) -> Integer.parseInt(d.getFileName().toString()
              .substring(5))).reversed())
          .map(d -> d.resolve("bin")).filter(d -> Files.isExecutable(d.resolve("llvm-as"))).toList();
    }
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
