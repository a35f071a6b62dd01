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
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The interface tells the harness what each argument is, seen through the user's type names. */
class KernelInterfaceTest {

  private static final String SOURCE = String.join("\n",
      "#ifndef DATA_TYPE",
      "#define DATA_TYPE double",
      "#endif",
      "typedef float real_t;",
      "using idx_t = size_t;",
      "__global__ void k(const real_t *a, DATA_TYPE *b, unsigned int n, idx_t m) {}",
      "__global__ void other(int *p) {}",
      "");

  private static Translation translate(Map<String, String> defines, List<String> entries) {
    return Translator.translate(Path.of("dir", "k.cu"), SOURCE,
        new TranslateOptions(Target.OPENCL, List.of(), defines, entries));
  }

  private static List<String> elementTypes(Translation t, String kernel) {
    KernelInterface.Kernel k = t.kernelInterface().orElseThrow().forEntry(kernel).orElseThrow();
    return k.args().stream().map(a -> ((KernelArg.Param) a).elementType()).toList();
  }

  @Test
  void elementTypesSeeThroughTypedefsAliasesAndMacros() {
    Translation t = translate(Map.of(), List.of());
    assertThat(elementTypes(t, "k")).containsExactly("float", "double", "unsigned int", "size_t");
    KernelArg.Param a = (KernelArg.Param) t.kernelInterface().orElseThrow().forEntry("k").orElseThrow().args().get(0);
    assertThat(a.type()).isEqualTo("const real_t *");
    assertThat(t.kernelInterface().orElseThrow().source()).isEqualTo("k.cu");
  }

  @Test
  void aDefineGivenForTheTranslationWinsOverTheFilesDefault() {
    assertThat(elementTypes(translate(Map.of("DATA_TYPE", "float"), List.of()), "k")).element(1).isEqualTo("float");
  }

  @Test
  void aTypedefOfAForbiddenTypeIsStillReported() {
    Translation t = translate(Map.of(), List.of());
    assertThat(t.diagnostics()).extracting(Diagnostic::format)
        .anySatisfy(f -> assertThat(f).contains("'m' of kernel 'k' has type idx_t (size_t)").contains("[KP2001]"));
  }

  @Test
  void entriesLimitTheInterfaceToTheKernelsAskedFor() {
    KernelInterface iface = translate(Map.of(), List.of("other")).kernelInterface().orElseThrow();
    assertThat(iface.kernels()).extracting(KernelInterface.Kernel::name).containsExactly("other");
  }
}
