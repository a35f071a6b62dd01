package dev.kport.translator.outline;

import dev.kport.translator.lex.Token;
import dev.kport.translator.lex.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a file's tokens into top-level {@link Item}s that together cover every token once. A
 * comment directly above a declaration (no blank line between) travels with it, so dropping host
 * code drops its comment too; comments set apart by a blank line stay on their own.
 */
public final class Outline {

  /** Words whose parenthesised argument is an attribute, not a parameter list. */
  private static final Set<String> ATTRIBUTE_WORDS =
      Set.of("alignas", "__align__", "__attribute__", "__declspec", "__launch_bounds__", "decltype");

  private Outline() {}

  public static List<Item> split(List<Token> tokens) {
    List<Item> items = new ArrayList<>();
    int pending = 0;
    int linkageDepth = 0;
    while (true) {
      int first = Tokens.nextSignificant(tokens, pending);
      if (first < 0) {
        if (pending < tokens.size()) {
          items.add(new Item(Item.Kind.TRIVIA, pending, tokens.size(), -1, -1));
        }
        return items;
      }
      int attach = attachPoint(tokens, pending, first);
      if (attach > pending) {
        items.add(new Item(Item.Kind.TRIVIA, pending, attach, -1, -1));
      }
      Token t = tokens.get(first);
      Item.Kind kind;
      int last;
      if (t.kind() == TokenKind.DIRECTIVE) {
        kind = Item.Kind.DIRECTIVE;
        last = first;
      } else if (t.is("}") && linkageDepth > 0) {
        kind = Item.Kind.LINKAGE_CLOSE;
        last = first;
        linkageDepth--;
      } else if (Tokens.isCloser(t)) {
        kind = Item.Kind.STRAY;
        last = first;
      } else if (linkageBrace(tokens, first) >= 0) {
        kind = Item.Kind.LINKAGE_OPEN;
        last = linkageBrace(tokens, first);
        linkageDepth++;
      } else {
        kind = Item.Kind.DECLARATION;
        last = declarationEnd(tokens, first);
      }
      int end = restOfLine(tokens, last + 1);
      items.add(new Item(kind, attach, end, first, last));
      pending = end;
    }
  }

  /** Where the trivia in {@code [from, to)} stops being free-standing: just after its last blank line. */
  private static int attachPoint(List<Token> tokens, int from, int to) {
    int split = from;
    boolean lineHasContent = false;
    for (int j = from; j < to; j++) {
      TokenKind kind = tokens.get(j).kind();
      if (kind == TokenKind.NEWLINE) {
        if (!lineHasContent) {
          split = j + 1;
        }
        lineHasContent = false;
      } else if (kind != TokenKind.WHITESPACE) {
        lineHasContent = true;
      }
    }
    return split;
  }

  /** Trailing blanks and comments up to and including the line end, stopping at anything significant. */
  private static int restOfLine(List<Token> tokens, int from) {
    int j = from;
    while (j < tokens.size() && tokens.get(j).isTrivia()) {
      if (tokens.get(j).kind() == TokenKind.NEWLINE) {
        return j + 1;
      }
      j++;
    }
    return j;
  }

  /** The {@code {} of {@code extern "C" {} starting at {@code first}, or -1. */
  private static int linkageBrace(List<Token> tokens, int first) {
    if (!tokens.get(first).is("extern")) {
      return -1;
    }
    int s = Tokens.nextSignificant(tokens, first + 1);
    if (s < 0 || tokens.get(s).kind() != TokenKind.STRING) {
      return -1;
    }
    int brace = Tokens.nextSignificant(tokens, s + 1);
    return Tokens.is(tokens, brace, "{") ? brace : -1;
  }

  /**
   * The last token of the declaration starting at {@code first}: its {@code ;}, or the closing
   * brace of a function or namespace body. A {@code {} after a parameter list (and no {@code =})
   * is a body; any other brace (aggregate, initializer, enum) is skipped on the way to {@code ;}.
   */
  static int declarationEnd(List<Token> tokens, int first) {
    boolean sawParameters = false;
    boolean sawEquals = false;
    boolean namespace = tokens.get(first).is("namespace")
        || (tokens.get(first).is("inline") && Tokens.is(tokens, Tokens.nextSignificant(tokens, first + 1), "namespace"));
    int lastSignificant = first;
    int start = first;
    if (tokens.get(first).is("template") && Tokens.is(tokens, Tokens.nextSignificant(tokens, first + 1), "<")) { // a default in the head ('int B = 64') is no initializer
      int head = Declarations.afterTemplateHeader(tokens, first, tokens.size() - 1);
      start = Math.max(first, head);
    }
    for (int j = start; j < tokens.size(); j++) {
      Token t = tokens.get(j);
      if (t.isTrivia()) {
        continue;
      }
      if (t.is("(") || t.is("[")) {
        int previous = Tokens.previousSignificant(tokens, j - 1, first);
        boolean attribute = previous >= 0 && ATTRIBUTE_WORDS.contains(tokens.get(previous).text());
        sawParameters |= t.is("(") && !attribute;
        j = Tokens.matching(tokens, j);
        lastSignificant = Math.min(j, tokens.size() - 1);
        continue;
      }
      if (t.is("=")) {
        sawEquals = true;
      } else if (t.is(";")) {
        return j;
      } else if (t.is("{")) {
        int close = Tokens.matching(tokens, j);
        if (close >= tokens.size()) {
          return Tokens.previousSignificant(tokens, tokens.size() - 1);
        }
        if (namespace || (sawParameters && !sawEquals)) {
          return close;
        }
        j = close;
      } else if (t.is("}")) {
        return lastSignificant; // unbalanced: the declaration ended without its ';'
      }
      lastSignificant = j;
    }
    return lastSignificant;
  }
}
