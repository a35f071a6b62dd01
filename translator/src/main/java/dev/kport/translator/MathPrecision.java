package dev.kport.translator;

import dev.kport.translator.lex.Lexer;
import dev.kport.translator.lex.Token;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The math functions a CUDA source calls, and the error each target documents for them, so a
 * check can default to the tolerance the targets promise instead of demanding exact results.
 * The bounds are data ({@code precision/math-ulp.tsv}), one row per function.
 */
public final class MathPrecision {

  /** What the targets promise for one function: absent means no documented bound. */
  public record Bound(String function, OptionalInt cudaUlp, OptionalInt openClUlp) {}

  private static final Map<String, Bound> TABLE = load();

  private MathPrecision() {}

  /** Every function of the table that the source calls, by name, with its bounds. */
  public static SortedMap<String, Bound> calledIn(String source) {
    SortedMap<String, Bound> called = new TreeMap<>();
    List<Token> tokens = Lexer.lex(source);
    for (int i = 0; i < tokens.size(); i++) {
      Bound b = TABLE.get(tokens.get(i).text());
      if (b != null && tokens.get(i).isIdentifier() && nextIsCall(tokens, i)) {
        called.put(b.function(), b);
      }
    }
    return Collections.unmodifiableSortedMap(called);
  }

  private static boolean nextIsCall(List<Token> tokens, int i) {
    for (int j = i + 1; j < tokens.size(); j++) {
      if (!tokens.get(j).isTrivia()) {
        return tokens.get(j).text().equals("(");
      }
    }
    return false;
  }

  private static Map<String, Bound> load() {
    Map<String, Bound> table = new TreeMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        MathPrecision.class.getResourceAsStream("precision/math-ulp.tsv"), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        table.put(f[0], new Bound(f[0], ulp(f[1]), ulp(f[2])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the precision table is missing from the jar", e);
    }
    return table;
  }

  private static OptionalInt ulp(String s) {
    return s.equals("-") ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(s));
  }
}
