package dev.kport.translator.lex;

import java.util.Arrays;
import java.util.List;

/**
 * Splits CUDA C/C++ source into tokens without losing a character. Never throws: text that
 * starts no token becomes {@link TokenKind#UNKNOWN}, unterminated literals and comments end
 * where the line or the input ends.
 *
 * <p>Every later stage starts here, so the scanner is written for speed: it reads a char array,
 * dispatches on the first character, keeps line and line start as it goes instead of recounting
 * them per token, and makes no object per token: it fills the arrays of a {@link TokenList}, which
 * makes a {@link Token} only when asked for one.
 */
public final class Lexer {

  private final String src;
  private final char[] buf;
  private final int len;
  private byte[] kinds;
  private int[] starts;
  /** Each identifier's spelling number; other tokens' entries are unused. */
  private int[] nameIds;
  /** Null for short texts (macro bodies, directive lines): their names are numbered when asked. */
  private final Spellings spellings;
  /**
   * Texts from this length on have their names numbered while lexing; the many short texts lexed
   * for directives and macros skip it, as few of them are ever asked.
   */
  static final int NUMBER_NAMES_FROM = 4096;
  /** The name just scanned packed one character per byte when short and ASCII, else -1. */
  private long nameKey;
  /** Where the name {@link #nameKey} packs starts and ends: it is used only for that token. */
  private int nameStart = -1;
  private int nameEnd;
  /** Offset of the first character of each line, by line number (index 0 unused). */
  private int[] lineStarts;
  private int count;
  private int pos;
  private int line = 1;
  /** Offset of the first character of the current line: a token's column is its distance from here. */
  private int lineStart;
  /** Only blanks (and comments) so far on this line: a {@code #} here starts a directive. */
  private boolean atLineStart = true;
  /** The token being scanned crossed a line end (a splice, a comment or raw string over lines). */
  private boolean multiline;
  /** Open {@code <<<} brackets: only then is {@code >>>} a launch close rather than {@code >>} {@code >}. */
  private int openLaunches;

  private Lexer(String src) {
    this.src = src;
    this.buf = src.toCharArray();
    this.len = buf.length;
    int capacity = Math.max(16, len / 3); // about one token in three characters in real code
    this.kinds = new byte[capacity];
    this.starts = new int[capacity];
    this.spellings = len >= NUMBER_NAMES_FROM ? new Spellings(src, buf) : null;
    this.nameIds = spellings != null ? new int[capacity] : null;
    this.lineStarts = new int[Math.max(4, len / 24)]; // real code: a line in some 30 characters
  }

  /** The tokens of {@code source}; their texts concatenated equal {@code source}. */
  public static List<Token> lex(String source) {
    return new Lexer(source).run();
  }

  /** As {@link #lex}, typed as the list it is, for callers that read its arrays. */
  public static TokenList lexList(String source) {
    return new Lexer(source).run();
  }

  private TokenList run() {
    while (pos < len) {
      int start = pos;
      char c = buf[start];
      if (c < 128) { // the common tokens, each stored with the kind it is known to have
        switch (START_CLASS[c]) {
          case SPACE -> {
            whitespace();
            put(B_WHITESPACE, start);
            if (multiline) { // a backslash-newline inside the blanks
              multiline = false;
              countLineEnds(start);
            }
            continue;
          }
          case LINE_END -> {
            pos += newlineLength(start);
            put(B_NEWLINE, start);
            newLine(pos);
            atLineStart = true;
            continue;
          }
          case NAME -> {
            if (asciiName(start)) {
              continue;
            }
          }
          case DIGIT -> {
            number();
            put(B_NUMBER, start);
            atLineStart = false;
            continue;
          }
          case PUNCTUATION -> {
            byte kind = (byte) Punctuators.scan(this).ordinal();
            put(kind, start);
            atLineStart = false;
            continue;
          }
          default -> {
            // comments, directives, literals, splices and the rest: the general path below
          }
        }
      }
      TokenKind kind = scan();
      if (pos <= start) { // defensive: every scan must consume, or the loop would never end
        pos = start + 1;
        kind = TokenKind.UNKNOWN;
      }
      emit(kind, start);
    }
    lineStarts[line] = lineStart;
    return new TokenList(src, buf, kinds, starts, nameIds, spellings, lineStarts, line, count);
  }

  /**
   * An identifier of ASCII characters at {@code start}, stored with its spelling number. Returns
   * false, consuming nothing, when it is not one: a literal's prefix ({@code u8"..."}) or a name
   * going on with other characters, which the general path reads.
   */
  private boolean asciiName(int start) {
    int p = start;
    long key = 0;
    while (p < len) {
      char c = buf[p];
      if (c >= 128 || !ASCII_IDENTIFIER_PART[c]) {
        if (c >= 128 || c == '"' || c == '\'') {
          return false;
        }
        break;
      }
      key = key << 8 | c;
      p++;
    }
    pos = p;
    if (count == kinds.length) {
      grow();
    }
    kinds[count] = B_IDENTIFIER;
    starts[count] = start;
    if (spellings != null) {
      int n = p - start;
      nameIds[count] = n <= 8 ? spellings.numberOfShort(key, start, n) : spellings.number(start, n, -1);
    }
    count++;
    atLineStart = false;
    return true;
  }

  /** Stores a token whose kind is known and that ends on the line it starts. */
  private void put(byte kind, int start) {
    if (count == kinds.length) {
      grow();
    }
    kinds[count] = kind;
    starts[count] = start;
    count++;
  }

  private static final byte B_WHITESPACE = (byte) TokenKind.WHITESPACE.ordinal();
  private static final byte B_NEWLINE = (byte) TokenKind.NEWLINE.ordinal();
  private static final byte B_IDENTIFIER = (byte) TokenKind.IDENTIFIER.ordinal();
  private static final byte B_NUMBER = (byte) TokenKind.NUMBER.ordinal();

  /** What an ASCII character can start, for the fast paths of {@link #run}. */
  private static final byte OTHER = 0, SPACE = 1, LINE_END = 2, NAME = 3, DIGIT = 4, PUNCTUATION = 5;
  private static final byte[] START_CLASS = new byte[128];

  static {
    for (char c = 0; c < 128; c++) {
      START_CLASS[c] = c == ' ' || c == '\t' || c == '\f' || c == '\u000b' ? SPACE
          : c == '\n' || c == '\r' ? LINE_END
          : (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$' ? NAME
          : isDigit(c) ? DIGIT
          : "{}[]();,?~<>%:+-&|=!*^".indexOf(c) >= 0 ? PUNCTUATION
          : OTHER; // '/', '#', '.', quotes, backslash and control characters take the general path
    }
  }

  private void emit(TokenKind kind, int start) {
    if (count == kinds.length) {
      grow();
    }
    kinds[count] = (byte) kind.ordinal();
    starts[count] = start;
    if (kind == TokenKind.IDENTIFIER && spellings != null) {
      nameIds[count] = spellings.number(start, pos - start, start == nameStart && pos == nameEnd ? nameKey : -1);
    }
    count++;
    if (kind == TokenKind.NEWLINE) {
      newLine(pos);
      atLineStart = true;
      return;
    }
    if (multiline) {
      multiline = false;
      countLineEnds(start);
    }
    if (kind != TokenKind.WHITESPACE && kind != TokenKind.BLOCK_COMMENT) {
      atLineStart = false;
    }
  }

  private void grow() {
    int capacity = count + (count >> 1) + 16;
    kinds = Arrays.copyOf(kinds, capacity);
    starts = Arrays.copyOf(starts, capacity);
    if (nameIds != null) {
      nameIds = Arrays.copyOf(nameIds, capacity);
    }
  }

  /** The current line ended; the next starts at {@code at}. */
  private void newLine(int at) {
    lineStarts[line] = lineStart; // kept for the line just ended, so columns can be recomputed
    line++;
    lineStart = at;
    if (line == lineStarts.length) {
      lineStarts = Arrays.copyOf(lineStarts, line + (line >> 1) + 4);
    }
  }

  /**
   * Lines and line start after the token {@code [start, pos)}. A {@code \r} before a {@code \n}
   * is part of that line end; no token starts between them, so columns never count it.
   */
  private void countLineEnds(int start) {
    for (int i = start; i < pos; i++) {
      char c = buf[i];
      if (c == '\n' || (c == '\r' && at(i + 1) != '\n')) {
        newLine(i + 1);
      }
    }
  }

  private TokenKind scan() {
    char c = buf[pos];
    switch (c) {
      case '\n': case '\r':
        pos += newlineLength(pos);
        return TokenKind.NEWLINE;
      case ' ': case '\t': case '\f': case '\u000b':
        return whitespace();
      case '\\':
        return spliceLength(pos) > 0 ? whitespace() : Punctuators.scan(this);
      case '/':
        return slash();
      case '#':
        if (atLineStart) {
          directive();
          return TokenKind.DIRECTIVE;
        }
        return Punctuators.scan(this);
      case '"': case '\'':
        quoted(c);
        return c == '"' ? TokenKind.STRING : TokenKind.CHAR;
      case '.':
        if (isDigit(at(pos + 1))) {
          number();
          return TokenKind.NUMBER;
        }
        return Punctuators.scan(this);
      default:
        return other(c);
    }
  }

  private TokenKind other(char c) {
    if (isDigit(c)) {
      number();
      return TokenKind.NUMBER;
    }
    if (isIdentifierStart(c)) {
      return identifierOrPrefixedLiteral();
    }
    return Punctuators.scan(this);
  }

  private TokenKind slash() {
    char next = at(pos + 1);
    if (next == '/') {
      lineComment();
      return TokenKind.LINE_COMMENT;
    }
    if (next == '*') {
      blockComment();
      return TokenKind.BLOCK_COMMENT;
    }
    return Punctuators.scan(this);
  }

  private TokenKind whitespace() {
    while (pos < len && buf[pos] == ' ') { // indentation and single blanks, the common case
      pos++;
    }
    if (pos == len || !isBlank(buf[pos]) && buf[pos] != '\\') {
      return TokenKind.WHITESPACE;
    }
    while (pos < len) {
      char c = buf[pos];
      if (isBlank(c)) {
        pos++;
      } else if (c == '\\' && spliceLength(pos) > 0) {
        pos += splice(pos);
      } else {
        break;
      }
    }
    return TokenKind.WHITESPACE;
  }

  /** Up to the line end; a backslash-newline continues a line comment, as in C. */
  private void lineComment() {
    pos += 2;
    while (pos < len && !isNewline(buf[pos])) {
      pos += buf[pos] == '\\' && spliceLength(pos) > 0 ? splice(pos) : 1;
    }
  }

  private void blockComment() {
    int close = src.indexOf("*/", pos + 2);
    pos = close < 0 ? len : close + 2;
    multiline = true; // whether it spans lines is found out by counting, once
  }

  /** The whole logical line; comments inside it belong to it, a block comment may carry it on. */
  private void directive() {
    pos++;
    while (pos < len) {
      char c = buf[pos];
      if (isNewline(c)) {
        return;
      }
      if (c == '\\' && spliceLength(pos) > 0) {
        pos += splice(pos);
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
    long key = 0;
    int seen = 0; // the characters or'ed: 128 and up when one is not ASCII
    while (pos < len) {
      char c = buf[pos];
      if (!isIdentifierPart(c)) {
        break;
      }
      key = key << 8 | c; // the name's number is looked up from this, without reading it again
      seen |= c;
      pos++;
    }
    nameKey = pos - start <= 8 && seen < 128 ? key : -1;
    nameStart = start;
    nameEnd = pos;
    char next = at(pos);
    if (next != '"' && next != '\'') {
      return TokenKind.IDENTIFIER; // the common case: no literal prefix to look at
    }
    int n = pos - start;
    if (next == '"' && isRawPrefix(start, n) && rawString()) {
      return TokenKind.STRING;
    }
    if (isEncodingPrefix(start, n)) {
      quoted(next);
      return next == '"' ? TokenKind.STRING : TokenKind.CHAR;
    }
    return TokenKind.IDENTIFIER;
  }

  /** {@code L}, {@code u8}, {@code u} or {@code U}. */
  private boolean isEncodingPrefix(int start, int n) {
    char a = buf[start];
    if (n == 1) {
      return a == 'L' || a == 'u' || a == 'U';
    }
    return n == 2 && a == 'u' && buf[start + 1] == '8';
  }

  /** {@code R}, {@code LR}, {@code u8R}, {@code uR} or {@code UR}. */
  private boolean isRawPrefix(int start, int n) {
    return n >= 1 && n <= 3 && buf[start + n - 1] == 'R' && (n == 1 || isEncodingPrefix(start, n - 1));
  }

  /**
   * {@code R"delim( ... )delim"} with {@code pos} on the opening quote. Returns false (consuming
   * nothing) when the delimiter is malformed, so the text lexes as an identifier and a string.
   */
  private boolean rawString() {
    int open = pos + 1;
    int paren = open;
    while (paren < len && paren - open <= 16 && isRawDelimiterChar(buf[paren])) {
      paren++;
    }
    if (paren >= len || buf[paren] != '(' || paren - open > 16) {
      return false;
    }
    String close = ")" + src.substring(open, paren) + "\"";
    int end = src.indexOf(close, paren + 1);
    pos = end < 0 ? len : end + close.length();
    multiline = true;
    return true;
  }

  /** A pp-number: permissive on purpose, so {@code 0x1p-3f}, {@code 1'000'000ull} stay whole. */
  private void number() {
    pos++;
    while (pos < len) {
      char c = buf[pos];
      if (isIdentifierPart(c) || c == '.') {
        char next = at(pos + 1);
        boolean signedExponent = (c == 'e' || c == 'E' || c == 'p' || c == 'P') && (next == '+' || next == '-');
        pos += signedExponent ? 2 : 1;
      } else if (c == '\'' && isSeparatedDigit(at(pos + 1))) {
        pos += 2;
      } else {
        return;
      }
    }
  }

  private static boolean isSeparatedDigit(char next) {
    return isDigit(next) || Character.isLetter(next) || next == '_';
  }

  /** A string or char literal from the quote at {@code pos}; an unescaped line end ends it unterminated. */
  private void quoted(char quote) {
    pos++;
    while (pos < len) {
      char c = buf[pos];
      if (c == quote) {
        pos++;
        return;
      }
      if (isNewline(c)) {
        return;
      }
      if (c == '\\') {
        // an escape, or a backslash-newline that carries the literal onto the next line
        pos += spliceLength(pos) > 0 ? splice(pos) : Math.min(2, len - pos);
      } else {
        pos++;
      }
    }
  }

  // ---- used by Punctuators

  char at(int i) {
    return i < len ? buf[i] : '\0';
  }

  int pos() {
    return pos;
  }

  /** Moves past a punctuator of {@code n} characters. */
  void advance(int n) {
    pos += n;
  }

  /** {@code <<<}: from here on {@code >>>} closes the launch. */
  TokenKind launchOpen() {
    pos += 3;
    openLaunches++;
    return TokenKind.LAUNCH_OPEN;
  }

  /** {@code >>>} when a launch is open, else null. */
  TokenKind launchClose() {
    if (openLaunches == 0) {
      return null;
    }
    pos += 3;
    openLaunches--;
    return TokenKind.LAUNCH_CLOSE;
  }

  // ---- character classes

  private int newlineLength(int i) {
    return buf[i] == '\r' && at(i + 1) == '\n' ? 2 : 1;
  }

  /** Length of the backslash-newline at {@code i}, noting that the token goes on to another line. */
  private int splice(int i) {
    multiline = true;
    return spliceLength(i);
  }

  /** Length of a backslash-newline at {@code i}, or 0 when there is none. */
  private int spliceLength(int i) {
    if (buf[i] != '\\' || i + 1 >= len || !isNewline(buf[i + 1])) {
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

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** ASCII letters, digits, {@code _} and {@code $}: one load instead of a chain of range tests. */
  private static final boolean[] ASCII_IDENTIFIER_PART = new boolean[128];

  static {
    for (char c = 0; c < 128; c++) {
      ASCII_IDENTIFIER_PART[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$'
          || isDigit(c);
    }
  }

  private static boolean isIdentifierStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$'
        || (c >= 0x80 && Character.isLetter(c));
  }

  private static boolean isIdentifierPart(char c) {
    return c < 128 ? ASCII_IDENTIFIER_PART[c] : Character.isLetter(c);
  }

  private static boolean isRawDelimiterChar(char c) {
    return c > ' ' && c < 0x7f && c != '(' && c != ')' && c != '\\' && c != '"';
  }
}
