package dev.kport.translator.lex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexerTest {

  /** The tokens but blanks and line ends, as "KIND:text" for compact expectations. */
  private static List<String> significant(String source) {
    return Lexer.lex(source).stream()
        .filter(t -> t.kind() != TokenKind.WHITESPACE && t.kind() != TokenKind.NEWLINE)
        .map(t -> t.kind() + ":" + t.text()).toList();
  }

  /**
   * Names and blank runs of every length around the eight characters the lexer reads at a time,
   * ended by every kind of character that can follow them, in texts long enough for names to be
   * numbered while lexing: each name whole, one number per distinct name.
   */
  @Test
  void namesAndBlankRunsOfEveryLengthEndWhereTheyShould() {
    String letters = "aZ_$09yQ_bc$Xk7_Lm1nOp2qRs3tUv4wX";
    // name ends: none, a blank, a punctuator, non-letters past ASCII (Latin-1, a pair, beyond), literals, line ends
    String[] ends = {"", " ", "(", "\u00d7", "\ud83d\ude00", "\"s\"", "'c'", "\n", "\t", "\u2260", "@"};
    StringBuilder text = new StringBuilder();
    List<String> names = new java.util.ArrayList<>();
    for (int length = 1; length <= 20; length++) {
      for (String end : ends) {
        String name = "n" + letters.substring(0, length - 1);
        names.add(name);
        text.append(" ".repeat(length)).append(name).append(end).append(";\n");
      }
    }
    TokenList list = Lexer.lexList(text.toString() + "x".repeat(Lexer.NUMBER_NAMES_FROM));
    int next = 0;
    for (int i = 0; i < list.size() && next < names.size(); i++) {
      if (list.kind(i) == TokenKind.WHITESPACE && list.offset(i) > 0 && list.charAt(i - 1, 0) == '\n') {
        assertThat(list.text(i)).as("indentation before %s", names.get(next)).isEqualTo(" ".repeat(next / ends.length + 1));
      }
      if (list.kind(i) == TokenKind.IDENTIFIER && list.text(i).startsWith("n")) {
        String name = names.get(next++);
        assertThat(list.text(i)).isEqualTo(name);
        assertThat(list.spellings().text(list.nameId(i))).isEqualTo(name);
      }
    }
    assertThat(next).as("every name found").isEqualTo(names.size());
  }

  /**
   * A blank after a name or punctuator, and the indentation after a line end, are read where that
   * token ends: each blank run must still come out as one whitespace token, however it goes on
   * (more blanks, a tab, a splice, a line end, the end of the text, text past ASCII).
   */
  @Test
  void blankRunsAfterNamesPunctuatorsAndLineEndsAreOneTokenEach() {
    String[] before = {"a", "name", "+", "(", "->", ";", "\n", "\r\n", "x\n"};
    String[] blanks = {" ", "  ", " \t", "\t", " \f", " \u000b", " \\\n", " \\\r\n", "        ", "         "};
    String[] after = {"", "b", "1", "*", "\n", "\r", "\t", " ", "\\\n", "\u00e9", "\u4e2d", "/*c*/", "//c", "#", "\"s\""};
    for (String b : before) {
      for (String blank : blanks) {
        for (String a : after) {
          for (String text : List.of(b + blank + a, b + blank + a + ";" + "x".repeat(Lexer.NUMBER_NAMES_FROM))) {
            TokenList list = Lexer.lexList(text);
            StringBuilder joined = new StringBuilder();
            for (int i = 0; i < list.size(); i++) {
              joined.append(list.text(i));
              if (list.kind(i) == TokenKind.WHITESPACE) {
                String next = i + 1 < list.size() ? list.text(i + 1) : "";
                assertThat(next).as("after the blank run %s in %s", list.text(i), text.substring(0, Math.min(text.length(), 24)))
                    .doesNotStartWith(" ").doesNotStartWith("\t").doesNotStartWith("\f").doesNotStartWith("\u000b")
                    .doesNotStartWith("\\\n").doesNotStartWith("\\\r");
              }
            }
            assertThat(joined.toString()).isEqualTo(text);
            // the blank run: past the name or punctuator the text starts with, then past line ends
            int run = list.nextSignificant(0) == 0 ? 1 : 0;
            while (run < list.size() && list.kind(run) == TokenKind.NEWLINE) {
              run++;
            }
            assertThat(list.kind(run)).as("the blank in %s", text).isEqualTo(TokenKind.WHITESPACE);
            assertThat(list.text(run)).as("the blank in %s", text).isEqualTo(blank + (a.equals(" ") || a.equals("\t")
                || a.equals("\\\n") ? a : ""));
          }
        }
      }
    }
  }

  @Test
  void launchBracketsOnlyCloseAnOpenLaunch() {
    assertThat(significant("k<<<g, b>>>(x);")).contains("LAUNCH_OPEN:<<<", "LAUNCH_CLOSE:>>>");
    // no launch open: ">>>" is a shift then a greater-than, so nested templates still close
    assertThat(significant("A<B<C<int>>> x;")).contains("PUNCTUATOR:>>", "PUNCTUATOR:>")
        .doesNotContain("LAUNCH_CLOSE:>>>");
    assertThat(significant("a >>= 2;")).contains("PUNCTUATOR:>>=");
  }

  @Test
  void directiveIsOneTokenWithContinuationsAndComments() {
    List<Token> tokens = Lexer.lex("  #define MAX(a, b) \\\n  ((a) > (b) ? (a) : (b)) /* c\n */ x\nint y;");
    Token directive = tokens.get(1);
    assertThat(directive.kind()).isEqualTo(TokenKind.DIRECTIVE);
    assertThat(directive.text()).isEqualTo("#define MAX(a, b) \\\n  ((a) > (b) ? (a) : (b)) /* c\n */ x");
    assertThat(tokens.get(2).kind()).isEqualTo(TokenKind.NEWLINE);
    assertThat(tokens.get(3).text()).isEqualTo("int");
    assertThat(tokens.get(3).line()).isEqualTo(4);
  }

  @Test
  void lineCommentsEndAtAnyLineEndUnlessSpliced() {
    assertThat(significant("a // one\rb // two\r\nc // three\nd")).containsExactly("IDENTIFIER:a",
        "LINE_COMMENT:// one", "IDENTIFIER:b", "LINE_COMMENT:// two", "IDENTIFIER:c", "LINE_COMMENT:// three",
        "IDENTIFIER:d");
    // a backslash right before the line end carries the comment on; one elsewhere does not
    assertThat(significant("// a \\ b \\\r\n still \\\n and\nx")).containsExactly(
        "LINE_COMMENT:// a \\ b \\\r\n still \\\n and", "IDENTIFIER:x");
    assertThat(significant("x // ends the file \\")).containsExactly("IDENTIFIER:x", "LINE_COMMENT:// ends the file \\");
    List<Token> tokens = Lexer.lex("// c\\\ny\r// d\rz");
    assertThat(tokens.get(0).text()).isEqualTo("// c\\\ny");
    assertThat(tokens.get(2).line()).isEqualTo(3);
    assertThat(tokens.get(4).text()).isEqualTo("z");
    assertThat(tokens.get(4).line()).isEqualTo(4);
  }

  @Test
  void manyCommentsInAFileWithOnlyCarriageReturnsKeepTheirLines() {
    String source = "int x; // note\r".repeat(5000) + "y";
    List<Token> tokens = Lexer.lex(source);
    assertThat(tokens.stream().filter(t -> t.kind() == TokenKind.LINE_COMMENT).count()).isEqualTo(5000);
    assertThat(tokens.get(tokens.size() - 1).line()).isEqualTo(5001);
  }

  @Test
  void hashInsideALineIsAPunctuatorNotADirective() {
    assertThat(significant("x # y")).contains("PUNCTUATOR:#");
    assertThat(significant("/* lead */ #pragma unroll")).containsExactly("BLOCK_COMMENT:/* lead */", "DIRECTIVE:#pragma unroll");
  }

  @Test
  void numbersKeepSuffixesExponentsAndSeparators() {
    assertThat(significant("0x1p-3f 1.5e+10 .5f 1'000'000ull 0b1010 077 1e3L 0xFFu"))
        .containsExactly("NUMBER:0x1p-3f", "NUMBER:1.5e+10", "NUMBER:.5f", "NUMBER:1'000'000ull",
            "NUMBER:0b1010", "NUMBER:077", "NUMBER:1e3L", "NUMBER:0xFFu");
    assertThat(significant("a-1")).containsExactly("IDENTIFIER:a", "PUNCTUATOR:-", "NUMBER:1");
  }

  @Test
  void stringsWithPrefixesEscapesAndRawDelimiters() {
    assertThat(significant("L\"w\" u8\"a\\\"b\" U'c' '\\'' R\"xy(a )\" b)xy\" u8R\"(z)\""))
        .containsExactly("STRING:L\"w\"", "STRING:u8\"a\\\"b\"", "CHAR:U'c'", "CHAR:'\\''",
            "STRING:R\"xy(a )\" b)xy\"", "STRING:u8R\"(z)\"");
    // R alone is an identifier when no string follows
    assertThat(significant("R + u")).containsExactly("IDENTIFIER:R", "PUNCTUATOR:+", "IDENTIFIER:u");
  }

  @Test
  void commentsAndStringsHideWhatLooksLikeCode() {
    assertThat(significant("\"/* no */\" // threadIdx.x\n/* expf( */ y"))
        .containsExactly("STRING:\"/* no */\"", "LINE_COMMENT:// threadIdx.x", "BLOCK_COMMENT:/* expf( */", "IDENTIFIER:y");
  }

  @Test
  void longestMatchAndDigraphs() {
    assertThat(significant("a->*b <=> c <<= d ... <% %> <: :> %:%: ::"))
        .contains("PUNCTUATOR:->*", "PUNCTUATOR:<=>", "PUNCTUATOR:<<=", "PUNCTUATOR:...", "PUNCTUATOR:<%",
            "PUNCTUATOR:%>", "PUNCTUATOR:<:", "PUNCTUATOR::>", "PUNCTUATOR:%:%:", "PUNCTUATOR:::");
    assertThat(significant("v<::T>")).containsExactly("IDENTIFIER:v", "PUNCTUATOR:<", "PUNCTUATOR:::",
        "IDENTIFIER:T", "PUNCTUATOR:>");
  }

  @Test
  void unterminatedAndStrayInputDoesNotThrow() {
    assertThat(significant("\"open\nx")).containsExactly("STRING:\"open", "IDENTIFIER:x");
    assertThat(significant("/* never closed")).containsExactly("BLOCK_COMMENT:/* never closed");
    assertThat(significant("@ ` \\ \u0001")).containsExactly("UNKNOWN:@", "UNKNOWN:`", "UNKNOWN:\\", "UNKNOWN:\u0001");
  }

  @Test
  void positionsCountCrLfAsOneLineEnd() {
    List<Token> tokens = Lexer.lex("a\r\n  b\rc");
    Token b = tokens.stream().filter(t -> t.text().equals("b")).findFirst().orElseThrow();
    Token c = tokens.stream().filter(t -> t.text().equals("c")).findFirst().orElseThrow();
    assertThat(b.line()).isEqualTo(2);
    assertThat(b.column()).isEqualTo(3);
    assertThat(c.line()).isEqualTo(3);
    assertThat(c.column()).isEqualTo(1);
  }
}
