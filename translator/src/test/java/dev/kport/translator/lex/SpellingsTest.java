package dev.kport.translator.lex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Each file's names, numbered densely by the lexer through its thread's dictionary. */
class SpellingsTest {

  /** A text long enough for the lexer to number its names while lexing. */
  private static String file(String... names) {
    StringBuilder sb = new StringBuilder();
    while (sb.length() < Lexer.NUMBER_NAMES_FROM * 2) {
      for (String n : names) {
        sb.append("int ").append(n).append(" = ").append(n).append(" + 1;\n");
      }
    }
    return sb.toString();
  }

  @Test
  void eachFileNumbersItsOwnNamesFromZeroInOrderOfFirstSight() {
    TokenList a = Lexer.lexList(file("alpha", "beta", "gamma"));
    TokenList b = Lexer.lexList(file("gamma", "delta"));
    assertThat(texts(a.spellings())).containsExactly("int", "alpha", "beta", "gamma");
    assertThat(texts(b.spellings())).containsExactly("int", "gamma", "delta");
    // the first file's numbering is untouched by the second
    assertThat(a.spellings().find("gamma")).isEqualTo(3);
    assertThat(b.spellings().find("gamma")).isEqualTo(1);
    assertThat(b.spellings().find("alpha")).isEqualTo(-1);
    assertThat(a.spellings().find("delta")).isEqualTo(-1);
  }

  @Test
  void aNameSeenBeforeOnTheThreadIsTheSameString() {
    TokenList a = Lexer.lexList(file("sharedNameInBothFiles"));
    TokenList b = Lexer.lexList(file("other", "sharedNameInBothFiles"));
    String inA = a.spellings().text(a.spellings().find("sharedNameInBothFiles"));
    String inB = b.spellings().text(b.spellings().find("sharedNameInBothFiles"));
    assertThat(inB).isSameAs(inA);
  }

  @Test
  void longAndNonAsciiNamesAreNumberedByTheirCharacters() {
    TokenList list = Lexer.lexList(file("a_rather_long_name_1", "a_rather_long_name_2", "\u00e9t\u00e9", "x"));
    Spellings s = list.spellings();
    assertThat(texts(s)).containsExactly("int", "a_rather_long_name_1", "a_rather_long_name_2", "\u00e9t\u00e9", "x");
    for (int i = 0; i < list.size(); i++) {
      if (list.kind(i) == TokenKind.IDENTIFIER) {
        assertThat(s.text(list.nameId(i))).isEqualTo(list.text(i));
      }
    }
  }

  @Test
  void aThreadThatOutgrowsItsDictionaryStartsANewOneAndEarlierFilesStayRight() {
    TokenList first = Lexer.lexList(file("kept0", "kept1"));
    // more distinct names than a dictionary holds, a file at a time
    int perFile = 5000;
    for (int f = 0; f * perFile <= NameDictionary.MAX_NAMES + perFile; f++) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < perFile; i++) {
        sb.append("n").append(f).append('_').append(i).append(";\n");
      }
      TokenList list = Lexer.lexList(sb.toString());
      assertThat(list.spellings().size()).isEqualTo(perFile);
      assertThat(list.spellings().text(list.nameId(list.size() - 3))).isEqualTo("n" + f + "_" + (perFile - 1));
    }
    assertThat(texts(first.spellings())).containsExactly("int", "kept0", "kept1");
    TokenList again = Lexer.lexList(file("kept1", "fresh"));
    assertThat(texts(again.spellings())).containsExactly("int", "kept1", "fresh");
  }

  @Test
  void spellingsMadeOnOneThreadReadTheSameOnAnother() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<TokenList>> lists = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        String name = "threadName" + t;
        lists.add(pool.submit(() -> Lexer.lexList(file(name, "common"))));
      }
      for (int t = 0; t < 8; t++) {
        assertThat(texts(lists.get(t).get().spellings())).containsExactly("int", "threadName" + t, "common");
      }
    } finally {
      pool.shutdown();
    }
  }

  private static List<String> texts(Spellings s) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      out.add(s.text(i));
    }
    return out;
  }
}
