package dev.kport.translator.outline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kport.translator.lex.Lexer;
import dev.kport.translator.lex.Token;
import dev.kport.translator.testing.RandomSource;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutlineTest {

  private static final String SOURCE = String.join("\n",
      "// header comment",
      "#include <cuda_runtime.h>",
      "",
      "/// doc for k",
      "__global__ void k(const float *__restrict__ a, int n[], float **p, int &r) { if (n) { a = 0; } }",
      "struct S { int x; }; enum E { A = 1, B };",
      "typedef unsigned long long u64;",
      "extern \"C\" {",
      "__device__ int f(void);",
      "}",
      "int g = h(1), q;",
      "");

  private static final List<String> PIECES = List.of("__global__ void k(", "int a", ")", "{", "}", ";", "(", "[",
      "]", "\n", "#define X 1\n", "// c\n", "/* b */", "struct S", "=", ",", "extern \"C\" {",
      "template <typename T>", " ");

  @Test
  void itemsCoverEveryTokenOnceInOrder() {
    RandomSource.forAll(0x0a1L, 1000, r -> r.pieces(PIECES, 40, ""), OutlineTest::assertItemsCoverEveryToken);
  }

  private static void assertItemsCoverEveryToken(String source) {
    List<Token> tokens = Lexer.lex(source);
    int expected = 0;
    for (Item item : Outline.split(tokens)) {
      assertThat(item.start()).isEqualTo(expected);
      assertThat(item.end()).isGreaterThan(item.start());
      expected = item.end();
    }
    assertThat(expected).isEqualTo(tokens.size());
  }

  @Test
  void splitsDeclarationsAndKeepsAdjacentCommentsWithThem() {
    List<Token> tokens = Lexer.lex(SOURCE);
    List<Item> items = Outline.split(tokens);
    List<String> kinds = items.stream().map(i -> i.kind().name()).toList();
    assertThat(kinds).containsExactly("DIRECTIVE", "TRIVIA", "DECLARATION", "DECLARATION", "DECLARATION",
        "DECLARATION", "LINKAGE_OPEN", "DECLARATION", "LINKAGE_CLOSE", "DECLARATION");
    assertThat(text(tokens, items.get(0))).isEqualTo("// header comment\n#include <cuda_runtime.h>\n");
    assertThat(text(tokens, items.get(2))).startsWith("/// doc for k\n__global__").endsWith("} }\n");
  }

  @Test
  void readsKernelParameters() {
    List<Token> tokens = Lexer.lex(SOURCE);
    Item kernel = Outline.split(tokens).get(2);
    Declaration.Function f = (Declaration.Function) Declarations.classify(tokens, kernel);
    assertThat(f.isKernel()).isTrue();
    assertThat(f.name()).isEqualTo("k");
    assertThat(f.params()).extracting(Parameter::name).containsExactly("a", "n", "p", "r");
    assertThat(f.params()).extracting(Parameter::type).containsExactly("const float *", "int *", "float * *", "int &");
    assertThat(f.params()).extracting(Parameter::elementType).containsExactly("float", "int", "float", "int");
    assertThat(f.params()).extracting(Parameter::pointerDepth).containsExactly(1, 1, 2, 0);
    assertThat(f.params().get(3).reference()).isTrue();
  }

  @Test
  void namesTypesEnumConstantsAndVariables() {
    List<Token> tokens = Lexer.lex(SOURCE);
    List<Item> items = Outline.split(tokens);
    assertThat(((Declaration.Type) Declarations.classify(tokens, items.get(3))).names()).containsExactly("S");
    assertThat(((Declaration.Type) Declarations.classify(tokens, items.get(4))).names())
        .containsExactlyInAnyOrder("E", "A", "B");
    assertThat(((Declaration.Type) Declarations.classify(tokens, items.get(5))).names()).containsExactly("u64");
    Declaration.Function f = (Declaration.Function) Declarations.classify(tokens, items.get(7));
    assertThat(f.isDevice()).isTrue();
    assertThat(f.hasBody()).isFalse();
    assertThat(f.params()).isEmpty();
    assertThat(((Declaration.Variable) Declarations.classify(tokens, items.get(9))).names())
        .containsExactly("g", "q");
  }

  @Test
  void aParameterThatIsOnlyBracketsIsReadAsUnnamed() {
    List<Token> tokens = Lexer.lex("__global__ void k(float *a, [2], int) {}");
    Declaration.Function f = (Declaration.Function) Declarations.classify(tokens, Outline.split(tokens).get(0));
    assertThat(f.params()).extracting(Parameter::name).containsExactly("a", "", "");
  }

  private static String text(List<Token> tokens, Item item) {
    StringBuilder sb = new StringBuilder();
    tokens.subList(item.start(), item.end()).forEach(t -> sb.append(t.text()));
    return sb.toString();
  }
}
