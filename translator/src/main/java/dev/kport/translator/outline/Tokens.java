package dev.kport.translator.outline;

import dev.kport.translator.lex.Token;
import dev.kport.translator.lex.TokenKind;
import dev.kport.translator.lex.TokenList;
import java.util.List;

/**
 * Navigation over a token list that steps over trivia and matches brackets. On the lexer's own
 * list the steps read its kinds array, so no token is made for the blanks stepped over.
 */
public final class Tokens {

  private Tokens() {}

  /** The first non-trivia index at or after {@code i} and before {@code limit}, or -1. */
  public static int nextSignificant(List<Token> tokens, int i, int limit) {
    if (tokens instanceof TokenList list) {
      int k = list.nextSignificant(i);
      return k < limit ? k : -1;
    }
    for (int j = Math.max(i, 0); j < limit && j < tokens.size(); j++) {
      if (!tokens.get(j).isTrivia()) {
        return j;
      }
    }
    return -1;
  }

  public static int nextSignificant(List<Token> tokens, int i) {
    return nextSignificant(tokens, i, tokens.size());
  }

  /** The last non-trivia index at or before {@code i} and at or after {@code floor}, or -1. */
  public static int previousSignificant(List<Token> tokens, int i, int floor) {
    if (tokens instanceof TokenList list) {
      int k = list.previousSignificant(i);
      return k >= floor ? k : -1;
    }
    for (int j = Math.min(i, tokens.size() - 1); j >= floor && j >= 0; j--) {
      if (!tokens.get(j).isTrivia()) {
        return j;
      }
    }
    return -1;
  }

  public static int previousSignificant(List<Token> tokens, int i) {
    return previousSignificant(tokens, i, 0);
  }

  /** Whether the token at {@code i} (a valid index or -1) is the punctuator or identifier {@code s}. */
  public static boolean is(List<Token> tokens, int i, String s) {
    if (i < 0 || i >= tokens.size()) {
      return false;
    }
    return tokens instanceof TokenList list ? list.textIs(i, s) : tokens.get(i).is(s);
  }

  /**
   * The index of the bracket closing the one at {@code open} ({@code ( [ {}), or {@code limit} when
   * the input ends first. Only the same kind of bracket is counted, as a compiler would recover.
   */
  public static int matching(List<Token> tokens, int open, int limit) {
    String o = tokens.get(open).text();
    String c = closerOf(o);
    int depth = 0;
    for (int j = open; j < limit && j < tokens.size(); j++) {
      Token t = tokens.get(j);
      if (t.kind() != TokenKind.PUNCTUATOR) {
        continue;
      }
      if (t.text().equals(o)) {
        depth++;
      } else if (t.text().equals(c)) {
        depth--;
        if (depth == 0) {
          return j;
        }
      }
    }
    return Math.min(limit, tokens.size());
  }

  public static int matching(List<Token> tokens, int open) {
    return matching(tokens, open, tokens.size());
  }

  public static boolean isOpener(Token t) {
    return t.kind() == TokenKind.PUNCTUATOR && (t.text().equals("(") || t.text().equals("[") || t.text().equals("{"));
  }

  public static boolean isCloser(Token t) {
    return t.kind() == TokenKind.PUNCTUATOR && (t.text().equals(")") || t.text().equals("]") || t.text().equals("}"));
  }

  private static String closerOf(String open) {
    switch (open) {
      case "(":
        return ")";
      case "[":
        return "]";
      case "{":
        return "}";
      default:
        throw new IllegalArgumentException("not an opening bracket: " + open);
    }
  }
}
