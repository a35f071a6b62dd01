package dev.kport.translator.opencl;

import dev.kport.translator.lex.Token;
import dev.kport.translator.lex.TokenKind;
import dev.kport.translator.outline.Tokens;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a run of tokens into C statements at one nesting level, so rules can treat a statement
 * as a unit: a block, {@code if}/{@code else}, loops, {@code switch}, a preprocessor line, or
 * tokens up to {@code ;}.
 *
 * <p>Each statement is {@code [first, last]}, its first and last significant tokens.
 */
final class Statements {

  private Statements() {}

  static List<int[]> split(List<Token> tokens, int from, int to) {
    List<int[]> out = new ArrayList<>();
    int j = Tokens.nextSignificant(tokens, from, to);
    while (j >= 0 && j < to) {
      int last = end(tokens, j, to);
      out.add(new int[] {j, last});
      j = Tokens.nextSignificant(tokens, last + 1, to);
    }
    return out;
  }

  /** The last token of the statement starting at {@code j}. */
  static int end(List<Token> tokens, int j, int to) {
    Token t = tokens.get(j);
    if (t.kind() == TokenKind.DIRECTIVE) {
      return j;
    }
    if (t.is("{")) {
      int close = Tokens.matching(tokens, j, to);
      return close < 0 ? to - 1 : close;
    }
    if (t.is("if") || t.is("for") || t.is("while") || t.is("switch")) {
      int open = Tokens.nextSignificant(tokens, j + 1, to);
      if (!Tokens.is(tokens, open, "(")) {
        return statementEnd(tokens, j, to); // damaged code: read on to the next ';'
      }
      int close = Tokens.matching(tokens, open, to);
      int body = close < 0 ? -1 : Tokens.nextSignificant(tokens, close + 1, to);
      if (body < 0) {
        return to - 1;
      }
      int last = end(tokens, body, to);
      int next = Tokens.nextSignificant(tokens, last + 1, to);
      if (t.is("if") && Tokens.is(tokens, next, "else")) {
        return end(tokens, Tokens.nextSignificant(tokens, next + 1, to), to);
      }
      return last;
    }
    if (t.is("do")) {
      int body = Tokens.nextSignificant(tokens, j + 1, to);
      if (body < 0) {
        return to - 1;
      }
      int bodyEnd = end(tokens, body, to);
      return statementEnd(tokens, bodyEnd + 1, to);
    }
    return statementEnd(tokens, j, to);
  }

  private static int statementEnd(List<Token> tokens, int j, int to) {
    for (int k = j; k < to; k++) {
      if (Tokens.isOpener(tokens.get(k))) {
        int close = Tokens.matching(tokens, k, to);
        k = close < 0 ? to : close;
      } else if (tokens.get(k).is(";")) {
        return k;
      }
    }
    return to - 1;
  }
}
