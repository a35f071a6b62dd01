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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The key promise of the HIP target: every kernel of the corpus, translated, compiles with hipcc
 * for a CDNA (gfx90a) and an RDNA (gfx1100) GPU, which needs no GPU. The macros take the defaults
 * the sources guard with {@code #ifndef}. Skipped where hipcc is absent; an architecture whose ROCm
 * device library is not installed is skipped with the reason, the others still run. The host
 * programs are {@link HipProgramsCompileTest}'s.
 */
class HipccCompileTest {

  static final String NO_HIPCC = "hipcc not found: ci/install-deps.sh installs it";
  private static final Path CORPUS = Path.of("..", "kernels", "src", "main", "resources", "kernels");
  private static final List<String> ARCHS = List.of("gfx90a", "gfx1100");

  @TempDir
  Path out;

  @TestFactory
  Stream<DynamicTest> everyCorpusKernelCompilesWithHipcc() throws IOException, InterruptedException {
    Optional<Compiler> hipcc = Compiler.hipcc();
    assumeTrue(hipcc.isPresent(), NO_HIPCC);
    List<DynamicTest> tests = new ArrayList<>();
    Compiler compiler = withMissingIsaLibraries(hipcc.get(), ARCHS, out);
    List<String> usable = usableArchs(compiler, ARCHS, out, tests);
    for (Path source : corpusSources()) {
      String name = source.getParent().getFileName().toString();
      tests.add(dynamicTest(name + " " + String.join("+", usable),
          () -> compile(compiler, source, out.resolve(name + ".hip"), LaunchSyntax.CUDA, usable, List.of())));
    }
    return tests.stream();
  }

  /**
   * hipcc, able to build for each of {@code archs} whose only missing piece is the device
   * libraries' per-ISA constant (see {@link Compiler#withIsaLibrary}); said on stdout when used.
   */
  static Compiler withMissingIsaLibraries(Compiler hipcc, List<String> archs, Path dir)
      throws IOException, InterruptedException {
    Compiler c = hipcc;
    for (String arch : archs) {
      Optional<String> missing = c.probe(dir, arch);
      if (missing.isPresent() && missing.get().contains("cannot find ROCm device library")) {
        Optional<Compiler> with = c.withIsaLibrary(dir, arch);
        if (with.isPresent() && with.get().probe(dir, arch).isEmpty()) {
          System.out.println("NOTE " + arch + ": the installed ROCm device libraries lack oclc_isa_version for it; "
              + "compiling with a generated one (" + with.get().environment().get("DEVICE_LIB_PATH") + ")");
          c = with.get();
        }
      }
    }
    return c;
  }

  /**
   * The architectures hipcc can build for here; for each other one, a test that is skipped with
   * hipcc's own reason is added to {@code tests}.
   */
  static List<String> usableArchs(Compiler hipcc, List<String> archs, Path dir, List<DynamicTest> tests)
      throws IOException, InterruptedException {
    List<String> usable = new ArrayList<>();
    for (String arch : archs) {
      Optional<String> missing = hipcc.probe(dir, arch);
      if (missing.isEmpty()) {
        usable.add(arch);
      } else {
        tests.add(dynamicTest(arch + " device library", () -> abort(missing.get())));
      }
    }
    assertThat(usable).as("an architecture hipcc can compile for").isNotEmpty();
    return usable;
  }

  /** Translates {@code source} to {@code hip} and compiles that with hipcc; fails with both texts when hipcc fails. */
  static void compile(Compiler hipcc, Path source, Path hip, LaunchSyntax launches, List<String> archs,
      List<String> flags) throws IOException, InterruptedException {
    Translation t = HipTranslator.translate(source, Files.readString(source), TranslateOptions.of(Target.HIP),
        launches);
    assertThat(t.hasErrors()).as(t.diagnostics().stream().map(Diagnostic::format).toList().toString()).isFalse();
    Files.writeString(hip, t.output(), StandardCharsets.UTF_8);
    List<String> all = new ArrayList<>(flags);
    archs.forEach(a -> all.add("--offload-arch=" + a));
    Compiler.Result r = hipcc.compile(hip, all);
    if (r.exit() != 0) {
      fail("hipcc failed on the HIP translation of " + source + " (exit " + r.exit() + ")\n" + r.output()
          + "\n--- " + hip.getFileName() + " ---\n" + t.output());
    }
  }

  private static List<Path> corpusSources() throws IOException {
    try (Stream<Path> walk = Files.walk(CORPUS, 2)) {
      List<Path> sources = walk.filter(p -> p.toString().endsWith(".cu")).sorted().toList();
      assertThat(sources).as("kernels under " + CORPUS.toAbsolutePath()).isNotEmpty();
      return sources;
    }
  }
}
