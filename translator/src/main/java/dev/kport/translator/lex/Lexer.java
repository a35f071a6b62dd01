package dev.kport.translator.lex;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CUDA C/C++ source into tokens without losing a character. Never throws: text that
 * starts no token becomes {@link TokenKind#UNKNOWN}, unterminated literals and comments end
 * where the line or the input ends.
 */
public final class Lexer {

  // longest first, so the first match is the longest match
  private static final String[] PUNCTUATORS = {
    "%:%:", "<<=", ">>=", "...", "->*", "<=>",
    "::", "->", "++", "--", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||", "+=", "-=", "*=", "/=",
    "%=", "&=", "|=", "^=", "##", ".*", "<:", ":>", "<%", "%>", "%:",
    "{", "}", "[", "]", "(", ")", "<", ">", ";", ":", ",", ".", "?", "~", "!", "+", "-", "*", "/",
    "%", "^", "&", "|", "=", "#",
  };

  private final String src;
  private final List<Token> tokens = new ArrayList<>();
  private int pos;
  private int line = 1;
  private int column = 1;
  /** Only blanks (and comments) so far on this line: a {@code #} here starts a directive. */
  private boolean atLineStart = true;
  /** Open {@code <<<} brackets: only then is {@code >>>} a launch close rather than {@code >>} {@code >}. */
  private int openLaunches;

  private Lexer(String src) {
    this.src = src;
  }

  /** The tokens of {@code source}; their texts concatenated equal {@code source}. */
  public static List<Token> lex(String source) {
    return new Lexer(source).run();
  }

  private List<Token> run() {
    while (pos < src.length()) {
      int start = pos;
      TokenKind kind = scan();
      if (pos <= start) { // defensive: every scan must consume, or the loop would never end
        pos = start + 1;
        kind = TokenKind.UNKNOWN;
      }
      emit(kind, start);
    }
    return List.copyOf(tokens);
  }

  private void emit(TokenKind kind, int start) {
    String text = src.substring(start, pos);
    tokens.add(new Token(kind, text, start, line, column));
    for (int i = start; i < pos; i++) {
      char c = src.charAt(i);
      if (c == '\n' || (c == '\r' && at(i + 1) != '\n')) {
        line++;
        column = 1;
      } else if (c != '\r') {
        column++;
      }
    }
    if (kind == TokenKind.NEWLINE) {
      atLineStart = true;
    } else if (kind != TokenKind.WHITESPACE && kind != TokenKind.BLOCK_COMMENT) {
      atLineStart = false;
    }
  }

  private TokenKind scan() {
    char c = src.charAt(pos);
    if (c == '\n' || c == '\r') {
      pos += newlineLength(pos);
      return TokenKind.NEWLINE;
    }
    if (isBlank(c) || spliceLength(pos) > 0) {
      return whitespace();
    }
    if (c == '/' && at(pos + 1) == '/') {
      lineComment();
      return TokenKind.LINE_COMMENT;
    }
    if (c == '/' && at(pos + 1) == '*') {
      blockComment();
      return TokenKind.BLOCK_COMMENT;
    }
    if (c == '#' && atLineStart) {
      directive();
      return TokenKind.DIRECTIVE;
    }
    if (isIdentifierStart(c)) {
      return identifierOrPrefixedLiteral();
    }
    if (isDigit(c) || (c == '.' && isDigit(at(pos + 1)))) {
      number();
      return TokenKind.NUMBER;
    }
    if (c == '"' || c == '\'') {
      quoted(c);
      return c == '"' ? TokenKind.STRING : TokenKind.CHAR;
    }
    return punctuator();
  }

  private TokenKind whitespace() {
    while (pos < src.length()) {
      int splice = spliceLength(pos);
      if (splice > 0) {
        pos += splice;
      } else if (isBlank(src.charAt(pos))) {
        pos++;
      } else {
        break;
      }
    }
    return TokenKind.WHITESPACE;
  }

  /** Up to the line end; a backslash-newline continues a line comment, as in C. */
  private void lineComment() {
    pos += 2;
    while (pos < src.length() && !isNewline(src.charAt(pos))) {
      int splice = spliceLength(pos);
      pos += splice > 0 ? splice : 1;
    }
  }

  private void blockComment() {
    int close = src.indexOf("*/", pos + 2);
    pos = close < 0 ? src.length() : close + 2;
  }

  /** The whole logical line; comments inside it belong to it, a block comment may carry it on. */
  private void directive() {
    pos++;
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (isNewline(c)) {
        return;
      }
      int splice = spliceLength(pos);
      if (splice > 0) {
        pos += splice;
      } else if (c == '/' && at(pos + 1) == '*') {
        blockComment();
      } else if (c == '/' && at(pos + 1) == '/') {
        lineComment();
      } else if (c == '"' || c == '\'') {
        quoted(c);
      } else {
        pos++;
      }
    }
  }

  private TokenKind identifierOrPrefixedLiteral() {
    int start = pos;
    while (pos < src.length() && isIdentifierPart(src.charAt(pos))) {
      pos++;
    }
    String word = src.substring(start, pos);
    char next = at(pos);
    boolean encoding = word.equals("L") || word.equals("u8") || word.equals("u") || word.equals("U");
    boolean raw = word.equals("R") || word.equals("LR") || word.equals("u8R") || word.equals("uR")
        || word.equals("UR");
    if (raw && next == '"' && rawString()) {
      return TokenKind.STRING;
    }
    if (encoding && (next == '"' || next == '\'')) {
      quoted(next);
      return next == '"' ? TokenKind.STRING : TokenKind.CHAR;
    }
    return TokenKind.IDENTIFIER;
  }

  /**
   * {@code R"delim( ... )delim"} with {@code pos} on the opening quote. Returns false (consuming
   * nothing) when the delimiter is malformed, so the text lexes as an identifier and a string.
   */
  private boolean rawString() {
    int open = pos + 1;
    int paren = open;
    while (paren < src.length() && paren - open <= 16 && isRawDelimiterChar(src.charAt(paren))) {
      paren++;
    }
    if (paren >= src.length() || src.charAt(paren) != '(' || paren - open > 16) {
      return false;
    }
    String close = ")" + src.substring(open, paren) + "\"";
    int end = src.indexOf(close, paren + 1);
    pos = end < 0 ? src.length() : end + close.length();
    return true;
  }

  /** A pp-number: permissive on purpose, so {@code 0x1p-3f}, {@code 1'000'000ull} stay whole. */
  private void number() {
    pos++;
    while (pos < src.length()) {
      char c = src.charAt(pos);
      char next = at(pos + 1);
      if ((c == 'e' || c == 'E' || c == 'p' || c == 'P') && (next == '+' || next == '-')) {
        pos += 2;
      } else if (c == '\'' && (isDigit(next) || Character.isLetter(next) || next == '_')) {
        pos += 2;
      } else if (isIdentifierPart(c) || c == '.') {
        pos++;
      } else {
        return;
      }
    }
  }

  /** A string or char literal from the quote at {@code pos}; an unescaped line end ends it unterminated. */
  private void quoted(char quote) {
    pos++;
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (c == quote) {
        pos++;
        return;
      }
      if (isNewline(c)) {
        return;
      }
      if (c == '\\') {
        int splice = spliceLength(pos);
        // an escape, or a backslash-newline that carries the literal onto the next line
        pos += splice > 0 ? splice : Math.min(2, src.length() - pos);
      } else {
        pos++;
      }
    }
  }

  private TokenKind punctuator() {
    if (src.startsWith("<<<", pos)) {
      pos += 3;
      openLaunches++;
      return TokenKind.LAUNCH_OPEN;
    }
    if (openLaunches > 0 && src.startsWith(">>>", pos)) {
      pos += 3;
      openLaunches--;
      return TokenKind.LAUNCH_CLOSE;
    }
    // C++11: "<::" not followed by ':' or '>' is '<' then '::' (std::vector<::T>), not the digraph "<:"
    if (src.startsWith("<::", pos) && at(pos + 3) != ':' && at(pos + 3) != '>') {
      pos++;
      return TokenKind.PUNCTUATOR;
    }
    for (String p : PUNCTUATORS) {
      if (src.startsWith(p, pos)) {
        pos += p.length();
        return TokenKind.PUNCTUATOR;
      }
    }
    // keep a surrogate pair in one token so no token holds half a character
    boolean pair = Character.isHighSurrogate(src.charAt(pos)) && Character.isLowSurrogate(at(pos + 1));
    pos += pair ? 2 : 1;
    return TokenKind.UNKNOWN;
  }

  private char at(int i) {
    return i < src.length() ? src.charAt(i) : '\0';
  }

  private int newlineLength(int i) {
    return src.charAt(i) == '\r' && at(i + 1) == '\n' ? 2 : 1;
  }

  /** Length of a backslash-newline at {@code i}, or 0 when there is none. */
  private int spliceLength(int i) {
    if (src.charAt(i) != '\\' || i + 1 >= src.length() || !isNewline(src.charAt(i + 1))) {
      return 0;
    }
    return 1 + newlineLength(i + 1);
  }

  private static boolean isNewline(char c) {
    return c == '\n' || c == '\r';
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\f' || c == '\u000b';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isIdentifierStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$'
        || (c >= 0x80 && Character.isLetter(c));
  }

  private static boolean isIdentifierPart(char c) {
    return isIdentifierStart(c) || isDigit(c);
  }

  private static boolean isRawDelimiterChar(char c) {
    return c > ' ' && c < 0x7f && c != '(' && c != ')' && c != '\\' && c != '"';
  }
}
