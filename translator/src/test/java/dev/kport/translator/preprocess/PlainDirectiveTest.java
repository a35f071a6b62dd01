package dev.kport.translator.preprocess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kport.translator.lex.Lexer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Directives the walker reads in place (plain {@code #define}, {@code #ifdef}, {@code #ifndef},
 * {@code #undef}) must mean what the lexed reading makes of them. A form feed right after the
 * directive word is a blank to the lexer but sends the line down the lexed path, so each random
 * line is compared with that twin.
 */
class PlainDirectiveTest {

  private static final String ALPHABET = "aAbXy_$0123456789     \t\t(((,,,))).....#+*/-<>\"'\\\f\u00e9";

  private static PreprocessorView view(String src) {
    return Preprocessor.run(Path.of("main.cu"), Lexer.lex(src), new Preprocessor.Config(List.of(), Map.of(), 900));
  }

  private static String randomText(Random random) {
    StringBuilder sb = new StringBuilder();
    int n = random.nextInt(14);
    for (int i = 0; i < n; i++) {
      sb.append(random.nextInt(3) == 0 ? "AB" : String.valueOf(ALPHABET.charAt(random.nextInt(ALPHABET.length()))));
    }
    return sb.toString();
  }

  @Test
  void plainDefinesMatchTheLexedReading() {
    Random random = new Random(7);
    for (int k = 0; k < 20_000; k++) {
      String rest = randomText(random);
      Map<String, Macro> plain = view("#define " + rest + "\n").macros();
      Map<String, Macro> lexed = view("#define\f" + rest + "\n").macros();
      assertThat(plain).as("#define %s", rest).isEqualTo(lexed);
    }
  }

  @Test
  void plainDefinesOfCommonShapes() {
    for (String rest : List.of("N 256", "F(a, b)  ((a)  +\t(b))", "V(fmt, ...) printf(fmt, __VA_ARGS__)", "E",
        "E()", "G(x)x##x", "S(x) #x", "P(a...) a", "T\t\t1 ", "$x $y", "X+1", "X.5",
        "STEP 268435             /* 2^28 / 1000: 1000 pixels per unit */", "C (-1)   // note", "A a/**/b", "D a/b",
        "O 1 /* open", "V /**/", "U(x) (x) /* c */ + 1", "Q a /* x */\t/* y */ b", "R a */ b", "K a /* \\ */ b",
        "M a /*/ b */ c", "W a // b /* c")) {
      assertThat(view("#define " + rest + "\n").macros()).as(rest).isEqualTo(view("#define\f" + rest + "\n").macros());
    }
  }

  @Test
  void plainConditionsAndUndefsMatchTheLexedReading() {
    Random random = new Random(11);
    for (int k = 0; k < 20_000; k++) {
      String operand = randomText(random);
      String undefOperand = random.nextBoolean() ? "AB" : randomText(random);
      String word = random.nextBoolean() ? "ifdef" : "ifndef";
      String plain = "#define AB 1\n#define A\n#" + word + " " + operand + "\nint x;\n#else\nint y;\n#endif\n#undef "
          + undefOperand + "\n";
      String lexed = "#define AB 1\n#define A\n#" + word + "\f " + operand + "\nint x;\n#else\nint y;\n#endif\n"
          + "#undef\f " + undefOperand + "\n";
      PreprocessorView a = view(plain);
      PreprocessorView b = view(lexed);
      assertThat(a.macros().keySet()).as(plain).isEqualTo(b.macros().keySet());
      assertThat(a.inactiveRegions().stream().map(r -> List.of(r.firstToken(), r.lastToken(), r.firstLine(), r.lastLine())).toList())
          .as(plain).isEqualTo(b.inactiveRegions().stream()
              .map(r -> List.of(r.firstToken(), r.lastToken(), r.firstLine(), r.lastLine())).toList());
      assertThat(a.diagnostics()).as(plain).isEqualTo(b.diagnostics());
    }
  }
}
