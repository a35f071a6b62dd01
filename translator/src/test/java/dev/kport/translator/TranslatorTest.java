package dev.kport.translator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kport.translator.diag.Diagnostic;
import dev.kport.translator.testing.RandomSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TranslatorTest {

  private static final String SAXPY = "__global__ void saxpy(int n, float a, const float *x, float *y)\n"
      + "{ int i = threadIdx.x; if (i < n) y[i] = a * x[i] + y[i]; }\n";

  /** nvcc includes cuda_runtime.h into every .cu file; hipcc 5.2 includes nothing, so only that header is added. */
  @Test
  void hipKeepsAKernelWithoutCudaApiCallsAsWrittenBelowTheRuntimeHeaderAndHasNoKernelInterface() {
    Translation t = Translator.translate(Path.of("saxpy.cu"), SAXPY, TranslateOptions.of(Target.HIP));
    assertThat(t.output()).isEqualTo("#include <hip/hip_runtime.h>\n" + SAXPY);
    assertThat(t.diagnostics()).isEmpty();
    assertThat(t.kernelInterface()).isEmpty();
  }

  @Test
  void anUnreadableFileIsADiagnosticNotAnException() {
    Translation t = Translator.translate(Path.of("does", "not", "exist.cu"), TranslateOptions.of(Target.OPENCL));
    assertThat(t.diagnostics()).extracting(Diagnostic::code).containsExactly("KP0002");
    assertThat(t.diagnostics().get(0).format()).startsWith("does/not/exist.cu:1:1: error: cannot read the source");
  }

  @Test
  void definesAreLeftToTheOpenClCompiler() {
    String source = "#ifndef BLOCK\n#define BLOCK 256\n#endif\n__global__ void k(float *p) { p[0] = BLOCK; }\n";
    TranslateOptions options = new TranslateOptions(Target.OPENCL, List.of(), Map.of("BLOCK", "64"), List.of());
    String out = Translator.translate(Path.of("k.cu"), source, options).output();
    assertThat(out).contains("#ifndef BLOCK\n#define BLOCK 256\n#endif\n").contains("p[0] = BLOCK;")
        .doesNotContain("64");
  }

  @Test
  void diagnosticsPointAtTheConstructInTheFile() {
    String source = "__global__ void k(size_t n, float *p)\n{\n    p[0] = __nanosleep(100u);\n}\n";
    Translation t = Translator.translate(Path.of("k.cu"), source, TranslateOptions.of(Target.OPENCL));
    assertThat(t.diagnostics()).extracting(Diagnostic::format).anySatisfy(f -> assertThat(f)
        .startsWith("k.cu:1:19: error: parameter 'n' of kernel 'k' has type size_t").contains("[KP2001]"));
    assertThat(t.diagnostics()).extracting(d -> d.line() + ":" + d.column() + " " + d.code())
        .contains("3:12 KP2040");
  }

  private static final List<String> CUDAISH = List.of("__global__ ", "__device__ ", "__shared__ ", "extern ",
      "void ", "float ", "*", "k", "f", "(", ")", "{", "}", "[", "]", ";", ",", "=", "&", "threadIdx", ".", "x",
      "expf", "__syncthreads", "#include \"missing.h\"\n", "#define T threadIdx\n", "\n", " ", "template <int N>",
      "struct S", "namespace n", "\"s\"", "1.0f", "<<<", ">>>", "extern \"C\" {", "inline ", "__forceinline__ ");

  private static final List<String> DAMAGE = List.of("", "{", "}", "(", ")", "[", "]", ";", ",", "*", "=", "\"", "'",
      "#", "/*", "\\\n");

  @Test
  void neverFailsOnSourceLikeInput() {
    RandomSource.forAll(0x7a1L, 300, r -> r.pieces(CUDAISH, 50, ""),
        TranslatorTest::assertTranslatesWithoutInternalError);
  }

  /** Damaged real inputs (a range cut out, a stray bracket put in) reach the deeper paths random text does not. */
  @Test
  void neverFailsOnDamagedTestInputs() {
    List<String> inputs = openClTestInputs();
    RandomSource.forAll(0x7a2L, 500, r -> damage(r, r.pick(inputs)),
        TranslatorTest::assertTranslatesWithoutInternalError);
  }

  private static void assertTranslatesWithoutInternalError(String source) {
    Translation t = Translator.translate(Path.of("fuzz.cu"), source, TranslateOptions.of(Target.OPENCL));
    assertThat(t.diagnostics()).extracting(Diagnostic::code).doesNotContain("KP0003");
    assertThat(t.kernelInterface()).isPresent();
  }

  /** Cuts up to 40 chars out at a random point and puts one of the {@link #DAMAGE} pieces there. */
  private static String damage(RandomSource r, String s) {
    int at = r.between(0, s.length());
    int length = r.between(0, 40);
    return s.substring(0, at) + r.pick(DAMAGE) + s.substring(Math.min(s.length(), at + length));
  }

  private static List<String> openClTestInputs() {
    try (Stream<Path> files = Files.list(Path.of("src", "test", "resources", "opencl"))) {
      return files.filter(p -> p.toString().endsWith(".cu")).map(TranslatorTest::read).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
