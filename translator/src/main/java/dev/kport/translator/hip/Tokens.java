package dev.kport.translator.hip;

import dev.kport.translator.lex.Token;
import dev.kport.translator.lex.TokenKind;
import dev.kport.translator.lex.TokenList;
import java.util.List;

/** Walks over a token list the way the HIP rules need: past trivia, over balanced brackets. */
final class Tokens {

  private Tokens() {}

  /** Index of the first non-trivia token at or after {@code from}, or -1. */
  static int nextSignificant(List<Token> tokens, int from) {
    return dev.kport.translator.outline.Tokens.nextSignificant(tokens, from);
  }

  /** Index of the last non-trivia token at or before {@code from}, or -1. */
  static int previousSignificant(List<Token> tokens, int from) {
    return dev.kport.translator.outline.Tokens.previousSignificant(tokens, from);
  }

  /**
   * Given the index of a call's {@code (}, the index of the {@code ,} or {@code )} that ends its
   * first argument at the same depth, or -1 when the input ends first.
   */
  static int firstArgumentEnd(List<Token> tokens, int open) {
    int depth = 0;
    for (int k = open + 1; k < tokens.size(); k++) {
      char c = single(tokens, k);
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if ((c == ')' || c == ']' || c == '}') && depth-- == 0) {
        return k;
      } else if (c == ',' && depth == 0) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The character of the one-character punctuator at {@code k}, else 0: {@code single(tokens, k) == '('}
   * is {@code tokens.get(k).is("(")}, read from the lexer's arrays where it can, so bracket walks make no tokens.
   */
  static char single(List<Token> tokens, int k) {
    if (tokens instanceof TokenList list) {
      return list.punctuator(k);
    }
    Token t = tokens.get(k);
    return t.text().length() == 1 && (t.kind() == TokenKind.PUNCTUATOR || t.kind() == TokenKind.IDENTIFIER)
        ? t.text().charAt(0) : 0;
  }

  /**
   * {@code tokens.get(k).text()}, without making the token where the list is the lexer's and
   * {@code k} a name: the file's one instance of that spelling.
   */
  static String text(List<Token> tokens, int k) {
    if (tokens instanceof TokenList list && list.kind(k) == TokenKind.IDENTIFIER) {
      return list.spellings().text(list.nameId(k));
    }
    return tokens.get(k).text();
  }

  /** {@code tokens.get(k).is(s)}, without making the token where the list is the lexer's. */
  static boolean is(List<Token> tokens, int k, String s) {
    return dev.kport.translator.outline.Tokens.is(tokens, k, s);
  }

  /** One argument of a call: its first and last non-trivia tokens (inclusive). */
  record Argument(int first, int last) {}

  /**
   * The arguments of the call whose {@code (} is at {@code open}, in order; empty when the call has
   * none or its {@code )} is missing (the caller then leaves the call alone).
   */
  static List<Argument> arguments(List<Token> tokens, int open) {
    List<Argument> args = new java.util.ArrayList<>();
    int start = open;
    while (true) {
      int end = firstArgumentEnd(tokens, start);
      if (end < 0) {
        return List.of();
      }
      int first = nextSignificant(tokens, start + 1);
      int last = previousSignificant(tokens, end - 1);
      if (first >= 0 && first < end && last > start) {
        args.add(new Argument(first, last));
      }
      if (single(tokens, end) == ')') {
        return args;
      }
      start = end;
    }
  }

  /** Index of the {@code )} closing the call whose {@code (} is at {@code open}, or -1. */
  static int closing(List<Token> tokens, int open) {
    int end = open;
    do {
      end = firstArgumentEnd(tokens, end);
    } while (end >= 0 && single(tokens, end) == ',');
    return end;
  }

  /**
   * The CUDA name of the call whose argument list holds token {@code i} directly (not inside a
   * nested call), or empty when {@code i} is no call's argument.
   */
  static java.util.Optional<String> enclosingCallee(List<Token> tokens, int i) {
    int depth = 0;
    for (int k = i - 1; k >= 0; k--) {
      char c = single(tokens, k);
      if (c == ')' || c == ']') {
        depth++;
      } else if (c == '(' || c == '[') {
        if (depth == 0) {
          int callee = previousSignificant(tokens, k - 1);
          return c == '(' && callee >= 0 && tokens.get(callee).isIdentifier()
              ? java.util.Optional.of(tokens.get(callee).text()) : java.util.Optional.empty();
        }
        depth--;
      } else if (depth == 0 && (c == ';' || c == '{' || c == '}')) {
        return java.util.Optional.empty();
      }
    }
    return java.util.Optional.empty();
  }

  /** Index of the bracket that closes the {@code (}, {@code [} or {@code {} at {@code open}, or -1. */
  static int matchingClose(List<Token> tokens, int open) {
    int depth = 0;
    for (int k = open; k < tokens.size(); k++) {
      char c = single(tokens, k);
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if ((c == ')' || c == ']' || c == '}') && --depth == 0) {
        return k;
      }
    }
    return -1;
  }

  /** Index of the bracket that opens the {@code )}, {@code ]} or {@code }} at {@code close}, or -1. */
  static int matchingOpen(List<Token> tokens, int close) {
    int depth = 0;
    for (int k = close; k >= 0; k--) {
      char c = single(tokens, k);
      if (c == ')' || c == ']' || c == '}') {
        depth++;
      } else if ((c == '(' || c == '[' || c == '{') && --depth == 0) {
        return k;
      }
    }
    return -1;
  }
}
