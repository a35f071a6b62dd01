package dev.kport.translator.lex;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kport.translator.testing.RandomSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The lexer's promise: nothing lost, nothing invented, positions right, never a throw. */
class LexerRoundTripTest {

  // fragments that stress the tricky paths: literals, comments, splices, launches, directives
  private static final List<String> CUDAISH = List.of(
      "#", "define", " ", "\t", "\n", "\r\n", "\r", "\\", "\\\n", "/*", "*/", "//", "\"", "'",
      "R\"x(", ")x\"", "u8", "L", "<<<", ">>>", ">>", "<", ">", "<:", "::", "0x1p-3f", "1'000",
      ".5e+3", "a", "threadIdx", ".", "x", "(", ")", "{", "}", ";", "%:", "@", "\u00e9", "\ud83d\ude00");

  @Test
  void anyStringRoundTrips() {
    RandomSource.forAll(0x1e1L, 1000, r -> r.anyString(255), LexerRoundTripTest::assertLossless);
  }

  @Test
  void anyBytesReadAsLatin1RoundTrip() {
    RandomSource.forAll(0x1e2L, 1000, r -> r.latin1Bytes(400), LexerRoundTripTest::assertLossless);
  }

  @Test
  void sourceLikeTextRoundTrips() {
    RandomSource.forAll(0x1e3L, 1000, r -> r.pieces(CUDAISH, 60, ""), LexerRoundTripTest::assertLossless);
  }

  @Test
  void longSourceLikeTextRoundTrips() {
    // past Lexer.NUMBER_NAMES_FROM characters the lexer numbers names and keys tokens as it goes
    RandomSource.forAll(0x1e5L, 40, r -> r.pieces(CUDAISH, 6000, ""), LexerRoundTripTest::assertLossless);
  }

  @Test
  void everyPrefixOfTheCorpusRoundTrips() {
    List<String> sources = corpusSources();
    RandomSource.forAll(0x1e4L, 300, r -> r.truncation(sources), LexerRoundTripTest::assertLossless);
  }

  static List<String> corpusSources() {
    Path root = Path.of("..", "kernels", "src", "main", "resources", "kernels");
    try (Stream<Path> files = Files.walk(root)) {
      List<String> sources = files.filter(p -> p.toString().endsWith(".cu") || p.toString().endsWith(".h"))
          .map(LexerRoundTripTest::read).toList();
      assertThat(sources).as("the corpus .cu files under " + root).isNotEmpty();
      return sources;
    } catch (IOException e) {
      throw new AssertionError("cannot read the corpus under " + root.toAbsolutePath(), e);
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static void assertLossless(String source) {
    List<Token> tokens = Lexer.lex(source);
    StringBuilder joined = new StringBuilder();
    int line = 1;
    int column = 1;
    for (Token t : tokens) {
      assertThat(t.text()).as("empty token").isNotEmpty();
      assertThat(t.offset()).as("offset of %s", t).isEqualTo(joined.length());
      assertThat(t.line()).as("line of %s", t).isEqualTo(line);
      assertThat(t.column()).as("column of %s", t).isEqualTo(column);
      joined.append(t.text());
      for (int i = 0; i < t.text().length(); i++) {
        char c = t.text().charAt(i);
        boolean crlf = c == '\r' && t.offset() + i + 1 < source.length() && source.charAt(t.offset() + i + 1) == '\n';
        if (c == '\n' || (c == '\r' && !crlf)) {
          line++;
          column = 1;
        } else if (c != '\r') {
          column++;
        }
      }
    }
    assertThat(joined.toString()).isEqualTo(source);
    assertArraysAgree((TokenList) tokens);
  }

  /** The list's array accessors, which the parser reads instead of tokens, say what the tokens say. */
  private static void assertArraysAgree(TokenList list) {
    for (int i = 0; i < list.size(); i++) {
      Token t = list.get(i);
      assertThat(list.kind(i)).as("kind(%d) of %s", i, t).isEqualTo(t.kind());
      assertThat(list.offset(i)).as("offset(%d) of %s", i, t).isEqualTo(t.offset());
      assertThat(list.end(i)).as("end(%d) of %s", i, t).isEqualTo(t.end());
      assertThat(list.line(i)).as("line(%d) of %s", i, t).isEqualTo(t.line());
      assertThat(list.column(i)).as("column(%d) of %s", i, t).isEqualTo(t.column());
      assertThat(list.text(i)).as("text(%d) of %s", i, t).isEqualTo(t.text());
      assertThat(list.length(i)).as("length(%d) of %s", i, t).isEqualTo(t.text().length());
      assertThat(list.charAt(i, 0)).as("charAt(%d, 0) of %s", i, t).isEqualTo(t.text().charAt(0));
      assertThat(list.get(i)).as("the same token each time").isSameAs(t);
      assertThat(list.make(i)).as("make(%d)", i).isEqualTo(t);
    }
    assertNamesNumbered(list);
    assertParserKeys(list);
  }

  /** Each token's parser key says what the token is, as {@link TokenList#parserKey} promises. */
  private static void assertParserKeys(TokenList list) {
    for (int i = 0; i < list.size(); i++) {
      TokenKind kind = list.kind(i);
      String text = list.text(i);
      int key = list.parserKey(i);
      int expected;
      if (kind.isTrivia() || kind == TokenKind.DIRECTIVE) {
        expected = 0;
      } else if (kind == TokenKind.IDENTIFIER) {
        expected = TokenList.NAME_KEYS + list.nameId(i);
      } else if (kind == TokenKind.PUNCTUATOR && text.length() <= 2 && text.chars().allMatch(c -> c < 128)) {
        expected = text.charAt(0) << 7 | (text.length() == 2 ? text.charAt(1) : 0);
      } else if (kind == TokenKind.PUNCTUATOR) {
        int at = TokenList.LONG_PUNCTUATORS.indexOf(text);
        expected = TokenList.LONG_PUNCTUATOR_KEYS + (at >= 0 ? at : TokenList.LONG_PUNCTUATORS.size());
      } else {
        expected = kind.ordinal();
      }
      assertThat(key).as("parser key of %s %s", kind, text).isEqualTo(expected);
    }
  }

  /** Each identifier's spelling number gives back its text, and equal names share one number. */
  private static void assertNamesNumbered(TokenList list) {
    java.util.Map<String, Integer> seen = new java.util.HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      if (list.kind(i) != TokenKind.IDENTIFIER) {
        continue;
      }
      int id = list.nameId(i);
      String text = list.text(i);
      assertThat(id).as("number of %s", text).isBetween(0, list.spellings().size() - 1);
      assertThat(list.spellings().text(id)).as("text of number %d", id).isEqualTo(text);
      Integer before = seen.putIfAbsent(text, id);
      assertThat(before == null ? id : before).as("one number for every %s", text).isEqualTo(id);
    }
    assertThat(new java.util.HashSet<>(seen.values())).as("distinct names, distinct numbers").hasSize(seen.size());
  }
}
