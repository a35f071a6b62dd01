package dev.kport.translator.hip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.kport.translator.Target;
import dev.kport.translator.TranslateOptions;
import dev.kport.translator.Translation;
import dev.kport.translator.diag.Diagnostic;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The key promise of the HIP target: every kernel of the corpus, translated, compiles with hipcc
 * for a CDNA (gfx90a) and an RDNA (gfx1100) GPU, which needs no GPU. The macros take the defaults
 * the sources guard with {@code #ifndef}. Skipped where hipcc is absent; an architecture whose ROCm
 * device library is not installed is skipped with the reason, the others still run.
 */
class HipccCompileTest {

  private static final String NO_HIPCC = "hipcc not found: ci/install-deps.sh installs it";
  private static final Path CORPUS = Path.of("..", "kernels", "src", "main", "resources", "kernels");
  private static final Path PROGRAMS = Path.of("src", "test", "resources", "hip", "programs");
  private static final List<String> ARCHS = List.of("gfx90a", "gfx1100");
  private static final long TIMEOUT_SECONDS = 300;

  @TempDir
  Path out;

  @TestFactory
  Stream<DynamicTest> everyCorpusKernelCompilesWithHipcc() throws IOException, InterruptedException {
    Optional<Path> hipcc = findHipcc();
    assumeTrue(hipcc.isPresent(), NO_HIPCC);
    List<String> usable = new ArrayList<>();
    List<DynamicTest> tests = new ArrayList<>();
    for (String arch : ARCHS) {
      Optional<String> missing = probe(hipcc.get(), arch);
      if (missing.isEmpty()) {
        usable.add(arch);
      } else {
        // this architecture cannot be built here: its test is skipped with hipcc's own reason
        tests.add(dynamicTest(arch + " device library", () -> abort(missing.get())));
      }
    }
    assertThat(usable).as("an architecture hipcc can compile for").isNotEmpty();
    for (Path source : corpusSources()) {
      String name = source.getParent().getFileName().toString();
      tests.add(dynamicTest(name + " " + String.join("+", usable),
          () -> compile(hipcc.get(), source, name, LaunchSyntax.CUDA, usable)));
    }
    for (Path source : programs()) {
      String name = source.getFileName().toString().replace(".cu", "");
      for (LaunchSyntax launches : LaunchSyntax.values()) {
        String label = name + " launches=" + launches.name().toLowerCase(java.util.Locale.ROOT);
        tests.add(dynamicTest(label, () -> compile(hipcc.get(), source, label.replace(' ', '_').replace('=', '_'),
            launches, usable)));
      }
    }
    return tests.stream();
  }

  private static List<Path> corpusSources() throws IOException {
    try (Stream<Path> walk = Files.walk(CORPUS, 2)) {
      List<Path> sources = walk.filter(p -> p.toString().endsWith(".cu")).sorted().toList();
      assertThat(sources).as("kernels under " + CORPUS.toAbsolutePath()).isNotEmpty();
      return sources;
    }
  }

  /** Host programs in the style of the CUDA samples, compiled with both launch syntaxes. */
  private static List<Path> programs() throws IOException {
    try (Stream<Path> list = Files.list(PROGRAMS)) {
      return list.filter(p -> p.toString().endsWith(".cu")).sorted().toList();
    }
  }

  private void compile(Path hipcc, Path source, String name, LaunchSyntax launches, List<String> archs)
      throws IOException, InterruptedException {
    Translation t = HipTranslator.translate(source, Files.readString(source), TranslateOptions.of(Target.HIP),
        launches);
    assertThat(t.hasErrors()).as(t.diagnostics().stream().map(Diagnostic::format).toList().toString()).isFalse();
    Path hip = out.resolve(name + ".hip");
    Files.writeString(hip, t.output(), StandardCharsets.UTF_8);
    Result r = hipcc(hipcc, hip, archs);
    if (r.exit != 0) {
      fail("hipcc failed on the HIP translation of " + source + " (exit " + r.exit + ")\n" + r.output
          + "\n--- " + hip.getFileName() + " ---\n" + t.output());
    }
  }

  /** Empty when hipcc compiles a trivial kernel for {@code arch}; else why not. */
  private Optional<String> probe(Path hipcc, String arch) throws IOException, InterruptedException {
    Path hip = out.resolve("probe_" + arch + ".hip");
    Files.writeString(hip, "#include <hip/hip_runtime.h>\n__global__ void k(float *p) { p[threadIdx.x] = 1.0f; }\n");
    Result r = hipcc(hipcc, hip, List.of(arch));
    return r.exit == 0 ? Optional.empty()
        : Optional.of("hipcc cannot compile for " + arch + " here: "
            + r.output.lines().filter(l -> l.contains("error")).findFirst().orElse(r.output));
  }

  private record Result(int exit, String output) {}

  private Result hipcc(Path hipcc, Path hip, List<String> archs) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(hipcc.toString(), "-c"));
    archs.forEach(a -> command.add("--offload-arch=" + a));
    command.addAll(List.of(hip.toString(), "-o", hip.resolveSibling(hip.getFileName() + ".o").toString()));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().put("HIP_PLATFORM", "amd");
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("hipcc took over " + TIMEOUT_SECONDS + " s on " + hip);
    }
    return new Result(p.exitValue(), String.join(" ", command) + "\n" + output);
  }

  /** hipcc on PATH, else where ROCm installs it. */
  static Optional<Path> findHipcc() {
    List<Path> candidates = new ArrayList<>();
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(File.pathSeparator)) {
        if (!dir.isEmpty()) {
          candidates.add(Path.of(dir, "hipcc"));
        }
      }
    }
    candidates.add(Path.of("/opt/rocm/bin/hipcc"));
    return candidates.stream().filter(Files::isExecutable).findFirst();
  }
}
