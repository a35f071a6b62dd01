package dev.kport.translator.hip;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Host programs in the style of the CUDA samples (streams and events, unified memory, symbols, graphs, the
 * driver API's modules, cuRAND's host and device APIs, cuSPARSE's SpMV), under
 * {@code src/test/resources/hip/programs}. Each original must compile with nvcc, so the programs
 * are real CUDA; each translation, with either launch syntax, must compile with hipcc for gfx90a
 * against Debian's hipRAND and hipSPARSE headers. Each half is skipped, with the reason, where its
 * compiler or a library header it needs is missing.
 */
class HipProgramsCompileTest {

  static final Path PROGRAMS = Path.of("src", "test", "resources", "hip", "programs");
  private static final Pattern SYSTEM_INCLUDE = Pattern.compile("^\\s*#\\s*include\\s*<([^>]+)>", Pattern.MULTILINE);
  /** CUDA library headers: part of the toolkit only where its library was installed with it. */
  private static final Pattern LIBRARY_HEADER = Pattern.compile("^(curand|cusparse|cublas|cufft|cusolver|cudnn)\\w*\\.h$");

  @TempDir
  Path out;

  @TestFactory
  Stream<DynamicTest> everyTranslatedProgramCompilesWithHipcc() throws IOException, InterruptedException {
    Optional<Compiler> hipcc = Compiler.hipcc();
    assumeTrue(hipcc.isPresent(), HipccCompileTest.NO_HIPCC);
    List<DynamicTest> tests = new ArrayList<>();
    List<String> archs = HipccCompileTest.usableArchs(hipcc.get(), List.of("gfx90a"), out, tests);
    for (Path source : programs()) {
      String name = source.getFileName().toString().replace(".cu", "");
      for (LaunchSyntax launches : LaunchSyntax.values()) {
        String syntax = launches.name().toLowerCase(Locale.ROOT);
        tests.add(dynamicTest(name + " launches=" + syntax, () -> HipccCompileTest.compile(hipcc.get(), source,
            out.resolve(name + "_" + syntax + ".hip"), launches, archs, List.of())));
      }
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> everyOriginalCompilesWithNvcc() throws IOException {
    Optional<Compiler> nvcc = Compiler.nvcc();
    assumeTrue(nvcc.isPresent(), "nvcc not found: install the CUDA toolkit to compile the originals");
    return programs().stream().map(source -> dynamicTest(source.getFileName().toString(), () -> {
      Optional<String> lacking = missingLibraryHeader(nvcc.get(), source);
      if (lacking.isPresent()) {
        abort("nvcc cannot find " + lacking.get() + ": its CUDA library was not installed with this toolkit, so "
            + source.getFileName() + " cannot be compiled with nvcc here");
      }
      Path copy = out.resolve(source.getFileName());
      Files.copy(source, copy);
      Compiler.Result r = nvcc.get().compile(copy, List.of());
      if (r.exit() != 0) {
        fail("nvcc failed on " + source + " (exit " + r.exit() + ")\n" + r.output());
      }
    }));
  }

  static List<Path> programs() throws IOException {
    try (Stream<Path> list = Files.list(PROGRAMS)) {
      return list.filter(p -> p.toString().endsWith(".cu")).sorted().toList();
    }
  }

  /** The first CUDA library header {@code source} includes that nvcc cannot find. */
  private Optional<String> missingLibraryHeader(Compiler nvcc, Path source) throws IOException, InterruptedException {
    Matcher m = SYSTEM_INCLUDE.matcher(Files.readString(source));
    while (m.find()) {
      String header = m.group(1);
      if (LIBRARY_HEADER.matcher(header).matches() && !nvcc.finds(out, header)) {
        return Optional.of("<" + header + ">");
      }
    }
    return Optional.empty();
  }
}
