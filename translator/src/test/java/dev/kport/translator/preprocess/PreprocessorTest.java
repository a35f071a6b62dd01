package dev.kport.translator.preprocess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kport.translator.lex.Lexer;
import dev.kport.translator.lex.Token;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreprocessorTest {

  private static PreprocessorView view(String src, Map<String, String> defines, int arch) {
    return Preprocessor.run(Path.of("main.cu"), Lexer.lex(src), new Preprocessor.Config(List.of(), defines, arch));
  }

  /** The texts of the significant active tokens, joined by spaces. */
  private static String active(String src, PreprocessorView v) {
    List<Token> toks = Lexer.lex(src);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < toks.size(); i++) {
      Token t = toks.get(i);
      if (v.isActive(i) && !t.isTrivia() && t.kind() != dev.kport.translator.lex.TokenKind.DIRECTIVE) {
        sb.append(sb.length() == 0 ? "" : " ").append(t.text());
      }
    }
    return sb.toString();
  }

  @Test
  void objectLikeMacrosAreSeenThrough() {
    PreprocessorView v = view("#define REAL float\n#define DATA_TYPE REAL\n#define BLOCK (128 * 2)\n", Map.of(), 900);
    assertThat(v.expand("DATA_TYPE")).contains("float");
    assertThat(v.integerValue("BLOCK")).hasValue(256);
    assertThat(v.integerValue("DATA_TYPE")).isEmpty();
    assertThat(v.expandText("BLOCK / 2")).isEqualTo("(128*2)/2");
  }

  @Test
  void commandLineDefinesWinOverGuardedDefaults() {
    String src = "#ifndef BLOCK\n#define BLOCK 256\n#endif\n";
    assertThat(view(src, Map.of(), 900).integerValue("BLOCK")).hasValue(256);
    assertThat(view(src, Map.of("BLOCK", "64"), 900).integerValue("BLOCK")).hasValue(64);
    assertThat(view("", Map.of("DEBUG", ""), 900).integerValue("DEBUG")).hasValue(1);
  }

  @Test
  void cudaArchSelectsBranchesAsNvccWould() {
    String src = "#if __CUDA_ARCH__ >= 700\nnew\n#elif defined(__CUDA_ARCH__)\nold\n#else\nhost\n#endif\n"
        + "#ifdef __CUDACC__\ncuda\n#endif\n#if __NVCC__\nnvcc\n#endif\n";
    assertThat(active(src, view(src, Map.of(), 900))).isEqualTo("new cuda nvcc");
    assertThat(active(src, view(src, Map.of(), 600))).isEqualTo("old cuda nvcc");
    assertThat(active(src, view(src, Map.of(), 0))).isEqualTo("host cuda nvcc");
  }

  @Test
  void nestedConditionalsInsideInactiveBranchesStayInactive() {
    String src = "#if 0\n#if 1\na\n#else\nb\n#endif\nc\n#elif 1\nd\n#else\ne\n#endif\nf\n";
    PreprocessorView v = view(src, Map.of(), 900);
    assertThat(active(src, v)).isEqualTo("d f");
    assertThat(v.inactiveRegions()).hasSize(2);
    assertThat(v.inactiveRegions().get(0).firstLine()).isEqualTo(2);
    assertThat(v.inactiveRegions().get(0).lastLine()).isEqualTo(7);
  }

  @Test
  void functionLikeMacrosExpandInConditions() {
    String src = "#define MAX(a, b) ((a) > (b) ? (a) : (b))\n#define VER(x, y) (x * 100 + y)\n"
        + "#if MAX(VER(1, 2), 50) == 102\nyes\n#endif\n#undef MAX\n#ifdef MAX\nno\n#endif\n";
    PreprocessorView v = view(src, Map.of(), 900);
    assertThat(active(src, v)).isEqualTo("yes");
    assertThat(v.isMacro("MAX")).isFalse();
    assertThat(v.macro("VER").orElseThrow().params()).containsExactly("x", "y");
  }

  @Test
  void aBadConditionIsADiagnosticAndFalse() {
    String src = "#if 1 +\nx\n#endif\ny\n#endif\n";
    PreprocessorView v = view(src, Map.of(), 900);
    assertThat(active(src, v)).isEqualTo("y");
    assertThat(v.diagnostics()).extracting(d -> d.code()).containsExactly("KP1101", "KP1104");
  }

  @Test
  void quotedIncludesAreReadForTheirMacrosAndSystemOnesNoted(@TempDir Path dir) throws IOException {
    Path inc = Files.createDirectories(dir.resolve("inc"));
    Files.writeString(dir.resolve("near.h"), "#pragma once\n#include \"far.h\"\n#define NEAR 1\n");
    Files.writeString(inc.resolve("far.h"), "#define DATA_TYPE double\n#include \"../near.h\"\n");
    Path main = dir.resolve("k.cu");
    String src = "#include <cuda_runtime.h>\n#include \"near.h\"\n#include \"missing.h\"\n";
    PreprocessorView v = Preprocessor.run(main, Lexer.lex(src), new Preprocessor.Config(List.of(inc), Map.of(), 900));
    assertThat(v.expand("DATA_TYPE")).contains("double");
    assertThat(v.isMacro("NEAR")).isTrue();
    assertThat(v.includes()).extracting(Include::spelled)
        .containsExactly("cuda_runtime.h", "near.h", "far.h", "../near.h", "missing.h");
    assertThat(v.includes().get(0).system()).isTrue();
    assertThat(v.includes().get(1).resolved()).contains(dir.resolve("near.h"));
    assertThat(v.includes().get(4).resolved()).isEmpty();
    assertThat(v.diagnostics()).extracting(d -> d.code()).containsExactly("KP1102");
  }
}
