package dev.kport.translator.opencl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kport.translator.Target;
import dev.kport.translator.TranslateOptions;
import dev.kport.translator.Translation;
import dev.kport.translator.Translator;
import dev.kport.translator.diag.Diagnostic;
import dev.kport.translator.iface.KernelArg;
import dev.kport.translator.iface.KernelInterface;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The built-in kernels must translate cleanly: the harness runs their .cl on every OpenCL device. */
class CorpusTranslationTest {

  private static final Path CORPUS = Path.of("..", "kernels", "src", "main", "resources", "kernels");

  @ParameterizedTest
  @ValueSource(strings = {"vector_add", "saxpy", "reduce_shared"})
  void translatesWithoutErrorsAndDescribesTheKernel(String name) {
    Path source = CORPUS.resolve(name).resolve(name + ".cu");
    Translation t = Translator.translate(source, TranslateOptions.of(Target.OPENCL));
    assertThat(t.hasErrors()).as(t.diagnostics().stream().map(Diagnostic::format).toList().toString()).isFalse();
    assertThat(t.output()).contains("__kernel void " + name + "(").doesNotContain("__global__")
        .doesNotContain("threadIdx").doesNotContain("#include");
    KernelInterface iface = t.kernelInterface().orElseThrow();
    assertThat(iface.source()).isEqualTo(name + ".cu");
    KernelInterface.Kernel kernel = iface.forEntry(name).orElseThrow();
    assertThat(kernel.name()).isEqualTo(name);
    for (KernelArg arg : kernel.args()) {
      KernelArg.Param p = (KernelArg.Param) arg;
      assertThat(p.space()).isEqualTo(p.pointer() ? KernelArg.Space.GLOBAL : KernelArg.Space.PRIVATE);
      assertThat(p.elementType()).isIn("float", "int");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"vector_add", "saxpy", "reduce_shared"})
  void argumentOrderFollowsTheCudaSignature(String name) {
    Path source = CORPUS.resolve(name).resolve(name + ".cu");
    KernelInterface.Kernel kernel = Translator.translate(source, TranslateOptions.of(Target.OPENCL))
        .kernelInterface().orElseThrow().forEntry(name).orElseThrow();
    List<String> expected = switch (name) {
      case "vector_add" -> List.of("a", "b", "c", "n");
      case "saxpy" -> List.of("n", "alpha", "x", "y");
      default -> List.of("in", "partial", "n");
    };
    assertThat(kernel.args()).extracting(a -> ((KernelArg.Param) a).name()).isEqualTo(expected);
    assertThat(kernel.args()).extracting(a -> ((KernelArg.Param) a).index()).isSorted();
  }
}
