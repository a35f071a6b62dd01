package dev.kport.translator.outline;

import dev.kport.translator.lex.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads a parameter list between its parentheses into {@link Parameter}s. */
public final class Parameters {

  static final Set<String> RESTRICT = Set.of("__restrict__", "__restrict", "restrict");
  private static final Set<String> QUALIFIERS = Set.of("const", "volatile", "__restrict__", "__restrict", "restrict");
  /** Words that end a type but are never a parameter's name. */
  private static final Set<String> TYPE_WORDS = Set.of("void", "char", "short", "int", "long", "float", "double",
      "signed", "unsigned", "bool", "const", "volatile", "__restrict__", "__restrict", "restrict", "size_t");

  private Parameters() {}

  /** The parameters between {@code open} and {@code close}; {@code (void)} and {@code ()} give none. */
  public static List<Parameter> parse(List<Token> tokens, int open, int close) {
    List<int[]> parts = splitAtCommas(tokens, open + 1, close);
    List<Parameter> params = new ArrayList<>();
    for (int[] part : parts) {
      boolean onlyVoid = parts.size() == 1 && part[0] == part[1] && tokens.get(part[0]).is("void");
      if (onlyVoid || tokens.get(part[0]).is("...")) {
        continue;
      }
      params.add(parameter(tokens, params.size(), part[0], part[1]));
    }
    return params;
  }

  /**
   * The first and last significant tokens of each comma-separated piece of {@code [from, to)},
   * commas inside brackets not counted.
   */
  public static List<int[]> splitAtCommas(List<Token> tokens, int from, int to) {
    List<int[]> parts = new ArrayList<>();
    int partFirst = -1;
    int partLast = -1;
    for (int j = from; j < to; j++) {
      Token t = tokens.get(j);
      if (t.isTrivia()) {
        continue;
      }
      if (t.is(",")) {
        if (partFirst >= 0) {
          parts.add(new int[] {partFirst, partLast});
        }
        partFirst = -1;
        continue;
      }
      if (partFirst < 0) {
        partFirst = j;
      }
      if (Tokens.isOpener(t)) {
        j = Math.min(Tokens.matching(tokens, j, to), to - 1);
      }
      partLast = j;
    }
    if (partFirst >= 0) {
      parts.add(new int[] {partFirst, partLast});
    }
    return parts;
  }

  private static Parameter parameter(List<Token> tokens, int position, int first, int last) {
    int end = last;
    int equals = depthZeroIndexOf(tokens, first, last, "=");
    if (equals > first) {
      end = Tokens.previousSignificant(tokens, equals - 1, first);
    }
    int arrays = 0;
    while (end > first && tokens.get(end).is("]")) {
      int open = openingBracket(tokens, end, first);
      if (open <= first) {
        break; // nothing but brackets: not a declarator this outline can read
      }
      arrays++;
      end = Tokens.previousSignificant(tokens, open - 1, first);
    }
    Token candidate = tokens.get(end);
    boolean named = end > first && candidate.isIdentifier() && !TYPE_WORDS.contains(candidate.text());
    int nameIndex = named ? end : -1;
    int typeEnd = named ? Tokens.previousSignificant(tokens, end - 1, first) : end;
    int stars = arrays;
    boolean reference = false;
    List<String> type = new ArrayList<>();
    List<String> element = new ArrayList<>();
    for (int j = first; j <= typeEnd; j++) {
      Token t = tokens.get(j);
      if (t.isTrivia() || RESTRICT.contains(t.text())) {
        continue;
      }
      type.add(t.text());
      if (t.is("*")) {
        stars++;
      } else if (t.is("&") || t.is("&&")) {
        reference = true;
      } else if (!QUALIFIERS.contains(t.text())) {
        element.add(t.text());
      }
    }
    for (int a = 0; a < arrays; a++) {
      type.add("*");
    }
    String name = named ? candidate.text() : "";
    return new Parameter(position, first, last, nameIndex, name, String.join(" ", type), String.join(" ", element),
        stars, reference);
  }

  private static int depthZeroIndexOf(List<Token> tokens, int first, int last, String text) {
    for (int j = first; j <= last; j++) {
      Token t = tokens.get(j);
      if (Tokens.isOpener(t)) {
        j = Tokens.matching(tokens, j, last + 1);
      } else if (t.is(text)) {
        return j;
      }
    }
    return -1;
  }

  private static int openingBracket(List<Token> tokens, int close, int floor) {
    int depth = 0;
    for (int j = close; j >= floor; j--) {
      if (tokens.get(j).is("]")) {
        depth++;
      } else if (tokens.get(j).is("[")) {
        depth--;
        if (depth == 0) {
          return j;
        }
      }
    }
    return floor;
  }
}
