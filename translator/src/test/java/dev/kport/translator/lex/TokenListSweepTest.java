package dev.kport.translator.lex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The forward sweeps for the preprocessor answer as the plain per-token lookups do. */
class TokenListSweepTest {

  private static String randomSource(Random random) {
    String[] pieces = {"#define X 1\n", "int a;", " ", "\n", "#if A\n", "x+y", "/* c */", "\r\n", "#endif", "f(1);\n"};
    StringBuilder sb = new StringBuilder();
    int n = random.nextInt(60);
    for (int i = 0; i < n; i++) {
      sb.append(pieces[random.nextInt(pieces.length)]);
    }
    return sb.toString();
  }

  @Test
  void indexOfRareKindFindsWhatIndexOfKindFinds() {
    Random random = new Random(3);
    for (int k = 0; k < 3_000; k++) {
      TokenList list = Lexer.lexList(randomSource(random));
      for (TokenKind kind : TokenKind.values()) {
        for (int from = 0; from <= list.size(); from++) {
          assertThat(list.indexOfRareKind(kind, from)).isEqualTo(list.indexOfKind(kind, from));
        }
      }
    }
  }

  @Test
  void lineFromAnswersAsLineFromAnyEarlierLine() {
    Random random = new Random(5);
    for (int k = 0; k < 3_000; k++) {
      TokenList list = Lexer.lexList(randomSource(random));
      for (int i = 0; i < list.size(); i++) {
        int line = list.line(i);
        for (int hint = 0; hint <= line + 1; hint++) {
          assertThat(list.lineFrom(i, hint)).as("token %d from line %d", i, hint).isEqualTo(line);
        }
      }
    }
  }
}
