package dev.kport.translator.preprocess;

import java.util.Set;

/**
 * One preprocessor line, read just far enough to know what it does.
 *
 * @param name the included path for includes, the macro for {@code #define}/{@code #undef}, else the directive word
 * @param bodyOffset where the macro's replacement text starts in the directive text, or -1
 */
public record Directive(Kind kind, String name, int bodyOffset) {

  public enum Kind { INCLUDE_LOCAL, INCLUDE_SYSTEM, DEFINE, UNDEF, CONDITIONAL, PRAGMA_ONCE, OTHER }

  private static final Set<String> CONDITIONALS = Set.of("if", "ifdef", "ifndef", "elif", "else", "endif",
      "elifdef", "elifndef");

  /** Reads the text of a {@code DIRECTIVE} token. */
  public static Directive of(String text) {
    int i = skipBlanks(text, 1);
    int wordEnd = identifierEnd(text, i);
    String word = text.substring(i, wordEnd);
    int rest = skipBlanks(text, wordEnd);
    if (word.equals("include") || word.equals("include_next")) {
      return include(text, rest);
    }
    if (word.equals("define") || word.equals("undef")) {
      int nameEnd = identifierEnd(text, rest);
      String macro = text.substring(rest, nameEnd);
      if (word.equals("undef")) {
        return new Directive(Kind.UNDEF, macro, -1);
      }
      int body = nameEnd;
      if (body < text.length() && text.charAt(body) == '(') {
        int close = text.indexOf(')', body);
        body = close < 0 ? text.length() : close + 1;
      }
      return new Directive(Kind.DEFINE, macro, body);
    }
    if (CONDITIONALS.contains(word)) {
      return new Directive(Kind.CONDITIONAL, word, -1);
    }
    if (word.equals("pragma") && text.substring(rest).trim().equals("once")) {
      return new Directive(Kind.PRAGMA_ONCE, word, -1);
    }
    return new Directive(Kind.OTHER, word, -1);
  }

  private static Directive include(String text, int i) {
    if (i < text.length() && (text.charAt(i) == '"' || text.charAt(i) == '<')) {
      char close = text.charAt(i) == '"' ? '"' : '>';
      int end = text.indexOf(close, i + 1);
      if (end > i) {
        String path = text.substring(i + 1, end);
        return new Directive(close == '"' ? Kind.INCLUDE_LOCAL : Kind.INCLUDE_SYSTEM, path, -1);
      }
    }
    return new Directive(Kind.OTHER, "include", -1); // computed include: left to the compiler
  }

  private static int skipBlanks(String text, int i) {
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  private static int identifierEnd(String text, int i) {
    while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
      i++;
    }
    return i;
  }
}
