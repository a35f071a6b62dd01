package dev.kport.translator.hip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kport.translator.Target;
import dev.kport.translator.TranslateOptions;
import dev.kport.translator.Translation;
import dev.kport.translator.Translator;
import dev.kport.translator.diag.Diagnostic;
import dev.kport.translator.testing.RandomSource;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The HIP target never fails on what users write: broken launches, calls cut short, stray
 * brackets. Both launch syntaxes; an internal error (KP0003) or an exception is a bug.
 */
class HipRobustnessTest {

  private static final List<String> PIECES = List.of("k", "<<<", ">>>", "(", ")", ",", ";", "<", ">", "::", "\n",
      "__shfl_down_sync", "__ballot_sync", "cudaFuncSetCacheConfig", "cudaFuncGetAttributes", "cudaMalloc", "=",
      "unsigned", "0xffffffff", "% 32", "& 31", "[32]", "asm", "volatile", "#define M ", "#include <cuda.h>\n",
      "#if X\n", "#endif\n", "\"s\"", "// c\n", "__shared__", "threadIdx", "fill<float, 2>", "{", "}", " ");

  @Test
  void neverFailsOnRandomCudaFragments() {
    RandomSource.forAll(0x41bL, 500, r -> r.pieces(PIECES, 40, ""), HipRobustnessTest::translatesCleanly);
  }

  private static void translatesCleanly(String source) {
    for (LaunchSyntax launches : LaunchSyntax.values()) {
      Translation t = HipTranslator.translate(Path.of("fuzz.cu"), source, TranslateOptions.of(Target.HIP), launches);
      assertThat(t.output()).isNotNull();
    }
    Translation viaFacade = Translator.translate(Path.of("fuzz.cu"), source, TranslateOptions.of(Target.HIP));
    assertThat(viaFacade.diagnostics()).extracting(Diagnostic::code).doesNotContain("KP0003");
  }
}
