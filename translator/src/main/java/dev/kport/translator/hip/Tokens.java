package dev.kport.translator.hip;

import dev.kport.translator.lex.Token;
import java.util.List;

/** Walks over a token list the way the HIP rules need: past trivia, over balanced brackets. */
final class Tokens {

  private Tokens() {}

  /** Index of the first non-trivia token at or after {@code from}, or -1. */
  static int nextSignificant(List<Token> tokens, int from) {
    for (int k = Math.max(from, 0); k < tokens.size(); k++) {
      if (!tokens.get(k).isTrivia()) {
        return k;
      }
    }
    return -1;
  }

  /** Index of the last non-trivia token at or before {@code from}, or -1. */
  static int previousSignificant(List<Token> tokens, int from) {
    for (int k = Math.min(from, tokens.size() - 1); k >= 0; k--) {
      if (!tokens.get(k).isTrivia()) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Given the index of a call's {@code (}, the index of the {@code ,} or {@code )} that ends its
   * first argument at the same depth, or -1 when the input ends first.
   */
  static int firstArgumentEnd(List<Token> tokens, int open) {
    int depth = 0;
    for (int k = open + 1; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (t.is("(") || t.is("[") || t.is("{")) {
        depth++;
      } else if ((t.is(")") || t.is("]") || t.is("}")) && depth-- == 0) {
        return k;
      } else if (t.is(",") && depth == 0) {
        return k;
      }
    }
    return -1;
  }

  /** Index of the bracket that closes the {@code (}, {@code [} or {@code {} at {@code open}, or -1. */
  static int matchingClose(List<Token> tokens, int open) {
    int depth = 0;
    for (int k = open; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (t.is("(") || t.is("[") || t.is("{")) {
        depth++;
      } else if ((t.is(")") || t.is("]") || t.is("}")) && --depth == 0) {
        return k;
      }
    }
    return -1;
  }

  /** Index of the bracket that opens the {@code )}, {@code ]} or {@code }} at {@code close}, or -1. */
  static int matchingOpen(List<Token> tokens, int close) {
    int depth = 0;
    for (int k = close; k >= 0; k--) {
      Token t = tokens.get(k);
      if (t.is(")") || t.is("]") || t.is("}")) {
        depth++;
      } else if ((t.is("(") || t.is("[") || t.is("{")) && --depth == 0) {
        return k;
      }
    }
    return -1;
  }
}
