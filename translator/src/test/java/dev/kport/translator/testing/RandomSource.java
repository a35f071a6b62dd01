package dev.kport.translator.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Seeded random inputs for the property tests. Every case has its own seed, printed when the case fails, so a
 * failure is reproduced with {@code RandomSource.ofSeed(seed)} and the same generator.
 */
public final class RandomSource {

  /** Inputs longer than this are cut in a failure message; the seed still reproduces them in full. */
  private static final int SHOWN_CHARS = 4000;

  private final SplittableRandom random;

  private RandomSource(long seed) {
    this.random = new SplittableRandom(seed);
  }

  public static RandomSource ofSeed(long seed) {
    return new RandomSource(seed);
  }

  /**
   * Runs {@code property} on {@code cases} inputs made by {@code generator}, case {@code i} from the seed
   * {@link #caseSeed}{@code (baseSeed, i)}. The first failure is rethrown naming the seed, the case and the input.
   */
  public static void forAll(long baseSeed, int cases, Function<RandomSource, String> generator,
      Consumer<String> property) {
    for (int i = 0; i < cases; i++) {
      long seed = caseSeed(baseSeed, i);
      String input = generator.apply(ofSeed(seed));
      try {
        property.accept(input);
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError("case " + i + " of " + cases + " failed (seed " + seed + "L, " + input.length()
            + " chars): " + e.getMessage() + "\ninput: " + quote(input), e);
      }
    }
  }

  /** Case seeds are spread out so that neighbouring cases do not share a stream. */
  public static long caseSeed(long baseSeed, int index) {
    return new SplittableRandom(baseSeed + index * 0x9E3779B97F4A7C15L).nextLong();
  }

  public int between(int min, int max) {
    return random.nextInt(min, max + 1);
  }

  /** Mostly short lengths, sometimes up to {@code max}: small inputs find most bugs and read best. */
  public int length(int max) {
    int roll = random.nextInt(8);
    if (roll == 0) {
      return between(0, Math.min(max, 2));
    }
    return roll < 4 ? between(0, Math.min(max, 16)) : between(0, max);
  }

  public <T> T pick(List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  public String pick(String... choices) {
    return choices[random.nextInt(choices.length)];
  }

  /** Any UTF-16 text: ASCII, controls, Latin-1, other BMP chars, lone surrogates and proper pairs. */
  public String anyString(int maxLength) {
    int n = length(maxLength);
    StringBuilder sb = new StringBuilder(n + 1);
    while (sb.length() < n) {
      appendAnyChar(sb);
    }
    return sb.toString();
  }

  private void appendAnyChar(StringBuilder sb) {
    switch (random.nextInt(6)) {
      case 0, 1 -> sb.append((char) between(0x20, 0x7e));
      case 2 -> sb.append(pick("\n", "\r", "\t", "\r\n", "\\", "\"", "'", "#", "/", "*", " ", "\0"));
      case 3 -> sb.append((char) between(0, 0xff));
      case 4 -> sb.append((char) between(0, 0xffff));
      default -> sb.appendCodePoint(between(0x10000, 0x10ffff));
    }
  }

  /** Random bytes read as ISO-8859-1, the way a file of unknown encoding reaches the lexer. */
  public String latin1Bytes(int maxLength) {
    byte[] bytes = new byte[length(maxLength)];
    random.nextBytes(bytes);
    return new String(bytes, StandardCharsets.ISO_8859_1);
  }

  /** Up to {@code maxPieces} pieces of the vocabulary, joined by {@code separator}. */
  public String pieces(List<String> vocabulary, int maxPieces, String separator) {
    int n = length(maxPieces);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(separator);
      }
      sb.append(pick(vocabulary));
    }
    return sb.toString();
  }

  /** One of the sources cut at any point, from empty to whole. */
  public String truncation(List<String> sources) {
    String s = pick(sources);
    return s.substring(0, between(0, s.length()));
  }

  /** Java-like quoting so that control chars and line ends are visible in a failure message. */
  static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    int shown = Math.min(s.length(), SHOWN_CHARS);
    for (int i = 0; i < shown; i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c >= 0x20 && c < 0x7f) {
        sb.append(c);
      } else if (c == '\n') {
        sb.append("\\n");
      } else {
        sb.append(String.format("\\u%04x", (int) c));
      }
    }
    sb.append('"');
    return shown < s.length() ? sb + " ... (" + (s.length() - shown) + " more chars)" : sb.toString();
  }
}
