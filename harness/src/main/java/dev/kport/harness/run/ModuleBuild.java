package dev.kport.harness.run;

import dev.kport.harness.backend.cuda.CudaBackend;
import dev.kport.harness.backend.hip.HipBackend;
import dev.kport.harness.backend.module.CodeObject;
import dev.kport.harness.spec.KernelSpec;
import dev.kport.harness.tool.ExternalTool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Builds a module the driver can load: the original with {@code nvcc -cubin} for the CUDA column,
 * the HIP translation with {@code hipcc --genco} for the HIP column (an offload bundle with one
 * code object per asked architecture). Neither needs a GPU.
 */
final class ModuleBuild {

  static final long TIMEOUT_S = 300;

  private ModuleBuild() {}

  /** What a build gave: the module, or the compiler's words. */
  sealed interface Outcome {
    record Built(CodeObject module, String summary) implements Outcome {}

    record Failed(String output) implements Outcome {}
  }

  static Outcome cuda(Path nvcc, KernelSpec spec, Map<String, String> defines, String arch) throws IOException {
    Path dir = Files.createTempDirectory("kport-cuda-");
    try {
      Path out = dir.resolve("module.cubin");
      List<String> cmd = new ArrayList<>(List.of(nvcc.toString(), "-arch=" + arch, "-cubin", "-o", out.toString()));
      cmd.addAll(flags(spec, defines));
      cmd.add(spec.source().toAbsolutePath().toString());
      return run(cmd, spec.dir(), dir, out, "nvcc -arch=" + arch);
    } finally {
      delete(dir);
    }
  }

  /** A module of kport's own (the bandwidth probe's kernel), from CUDA source text. */
  static Outcome cudaSource(Path nvcc, String name, String source, String arch) throws IOException {
    Path dir = Files.createTempDirectory("kport-cuda-");
    try {
      Path file = dir.resolve(name + ".cu");
      Files.writeString(file, source, StandardCharsets.UTF_8);
      Path out = dir.resolve("module.cubin");
      List<String> cmd = List.of(nvcc.toString(), "-arch=" + arch, "-cubin", "-o", out.toString(), file.toString());
      return run(cmd, dir, dir, out, "nvcc -arch=" + arch);
    } finally {
      delete(dir);
    }
  }

  /** @param hip the HIP translation of the spec's source */
  static Outcome hip(Path hipcc, KernelSpec spec, String hip, Map<String, String> defines, List<String> archs)
      throws IOException {
    Path dir = Files.createTempDirectory("kport-hip-");
    try {
      Path source = dir.resolve(spec.source().getFileName().toString().replaceFirst("\\.cu$", "") + ".hip");
      Files.writeString(source, hip, StandardCharsets.UTF_8);
      Path out = dir.resolve("module.co");
      // nvcc includes cuda_runtime.h in every .cu by itself, so CUDA sources often leave it out;
      // hipcc does not, and the translation keeps only the includes the source has
      List<String> cmd = new ArrayList<>(List.of(hipcc.toString(), "--genco", "-include", "hip/hip_runtime.h"));
      archs.forEach(a -> cmd.add("--offload-arch=" + a));
      cmd.addAll(List.of("-o", out.toString()));
      // the translation sits in a temporary folder: the original's folder still resolves its local headers
      cmd.add("-I" + spec.source().toAbsolutePath().getParent());
      cmd.addAll(flags(spec, defines));
      cmd.add(source.toString());
      return run(cmd, spec.dir(), dir, out, "hipcc --genco --offload-arch=" + String.join(",", archs));
    } finally {
      delete(dir);
    }
  }

  private static List<String> flags(KernelSpec spec, Map<String, String> defines) {
    List<String> f = new ArrayList<>();
    for (Path inc : spec.includes()) {
      f.add("-I" + inc.toAbsolutePath());
    }
    defines.forEach((name, value) -> f.add("-D" + name + "=" + value));
    return f;
  }

  private static Outcome run(List<String> cmd, Path workDir, Path dir, Path out, String what) throws IOException {
    long start = System.nanoTime();
    // hipcc picks NVIDIA's toolchain when it sees nvcc on the PATH; kport builds for AMD
    ExternalTool.Outcome o = ExternalTool.run(cmd, workDir, TIMEOUT_S, Map.of("HIP_PLATFORM", "amd"));
    if (!o.ok()) {
      // the temporary folder is gone when a user reads this: name the translation by its file name
      String tmp = dir.toString() + "/";
      return new Outcome.Failed(o.timedOut() ? what + " timed out after " + TIMEOUT_S + " s"
          : String.join(" ", cmd).replace(tmp, "") + "\n" + o.output().strip().replace(tmp, ""));
    }
    return new Outcome.Built(new CodeObject(Files.readAllBytes(out)),
        what + " in " + Timing.format(System.nanoTime() - start));
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  static java.util.Optional<Path> compiler(String backend) {
    return backend.equals(HipBackend.ID) ? HipBackend.hipcc() : CudaBackend.nvcc();
  }
}
