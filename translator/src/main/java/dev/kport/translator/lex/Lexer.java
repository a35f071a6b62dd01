package dev.kport.translator.lex;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
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
  /**
   * The source as ISO-8859-1 bytes, read eight at a time to find where a run of blanks or a name
   * ends. A character past Latin-1 reads as {@code ?}, so the bytes only ever claim ASCII blanks
   * and name characters, which are the same characters in {@link #buf}; the character that ends a
   * run is always looked at in {@link #buf}.
   */
  private final byte[] bytes;
  private final int len;
  private byte[] kinds;
  private int[] starts;
  /** Each significant token's {@link TokenList#parserKey}; 0 for trivia and directives. */
  private int[] keys;
  /**
   * The thread's names, numbering this file's; null for short texts (macro bodies, directive
   * lines): their names are numbered when asked.
   */
  private final NameDictionary names;
  /**
   * Texts from this length on have their names numbered while lexing; the many short texts lexed
   * for directives and macros skip it, as few of them are ever asked.
   */
  static final int NUMBER_NAMES_FROM = 4096;
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
    this.bytes = latin1(src, buf);
    this.len = buf.length;
    int capacity = Math.max(16, len / 3); // about one token in three characters in real code
    this.kinds = new byte[capacity];
    this.starts = new int[capacity];
    this.names = len >= NUMBER_NAMES_FROM ? NameDictionary.forThread() : null;
    this.keys = new int[capacity];
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
    final char[] b = buf;
    final int end = len;
    int p = 0;
    int n = 0; // tokens stored; the arrays are re-read after the general path, which may grow them
    byte[] kinds = this.kinds;
    int[] starts = this.starts;
    int[] keys = this.keys;
    boolean lineOpen = true; // only blanks so far on this line, as the field atLineStart
    while (p < end) {
      if (n == kinds.length) {
        count = n;
        grow();
        kinds = this.kinds;
        starts = this.starts;
        keys = this.keys;
      }
      char c = b[p];
      // the common tokens, each stored with the kind it is known to have; locals, not fields, so
      // the loop keeps its position and count in registers
      if (c < 128) {
        switch (START_CLASS[c]) {
          case SPACE -> {
            int q = spacesEnd(p + 1);
            if (q == end || !isBlank(b[q]) && b[q] != '\\') {
              kinds[n] = B_WHITESPACE;
              starts[n++] = p;
              p = q;
              continue;
            }
          }
          case LINE_END -> {
            int q = c == '\r' && p + 1 < end && b[p + 1] == '\n' ? p + 2 : p + 1;
            kinds[n] = B_NEWLINE;
            starts[n++] = p;
            p = q;
            newLine(p);
            lineOpen = true;
            if (p < end && b[p] == ' ' && n < kinds.length) { // the next line's indentation (5% of tokens), read here
              q = spacesEnd(p + 1);
              if (q == end || !isBlank(b[q]) && b[q] != '\\') {
                kinds[n] = B_WHITESPACE;
                starts[n++] = p;
                p = q;
              }
            }
            continue;
          }
          case NAME -> {
            int q = nameEnd(p + 1);
            char d = q < end ? b[q] : 0;
            if (q == end || d < 128 && d != '"' && d != '\'') { // else a literal prefix or more name: general path
              if (names != null) {
                int length = q - p;
                keys[n] = TokenList.NAME_KEYS + nameNumber(p, length);
              }
              kinds[n] = B_IDENTIFIER;
              starts[n++] = p;
              p = q;
              lineOpen = false;
              if (d == ' ') {
                p = blankAfter(p, n);
                n = count;
              }
              continue;
            }
          }
          case DIGIT -> {
            pos = p;
            number();
            keys[n] = B_NUMBER;
            kinds[n] = B_NUMBER;
            starts[n++] = p;
            p = pos;
            lineOpen = false;
            continue;
          }
          case PUNCTUATION -> {
            char a = p + 1 < end ? b[p + 1] : 0;
            int length = a < 128 ? PUNCTUATOR_LENGTH[c << 7 | a] : 1;
            if (length != 0) {
              keys[n] = length == 1 ? c << 7 : c << 7 | a;
              kinds[n] = B_PUNCTUATOR;
              starts[n++] = p;
              p += length;
              lineOpen = false;
              if (p < end && b[p] == ' ') {
                p = blankAfter(p, n);
                n = count;
              }
              continue;
            }
          }
          default -> {
            // comments, directives, literals, splices and the rest: the general path below
          }
        }
      }
      pos = p;
      count = n;
      atLineStart = lineOpen;
      general(p);
      p = pos;
      n = count;
      lineOpen = atLineStart;
      kinds = this.kinds;
      starts = this.starts;
      keys = this.keys;
    }
    count = n;
    lineStarts[line] = lineStart;
    Spellings spellings = names != null ? names.finishFile() : null;
    return new TokenList(src, buf, kinds, starts, keys, spellings, lineStarts, line, count);
  }

  /**
   * After a name or punctuator, the single blank at {@code p} that most such tokens are followed
   * by, stored as its own whitespace token at {@code n} when the character after it is no blank:
   * one turn of the main loop saved for a quarter of all tokens. Returns the position after it (or
   * {@code p} when the loop must read it); {@link #count} is set to the tokens stored.
   */
  private int blankAfter(int p, int n) {
    count = n;
    if (p + 1 < len && n < kinds.length) {
      byte next = bytes[p + 1];
      if (next > ' ' ? next != '\\' : next != ' ' && next != '\t' && next != '\f' && next != 0x0b) { // not more blank space
        kinds[n] = B_WHITESPACE;
        starts[n] = p;
        count = n + 1;
        return p + 1;
      }
    }
    return p;
  }

  /**
   * One byte per character of {@code src}: the character itself up to 255, else {@code ?}. The
   * ISO-8859-1 encoder gives that in one copy for most sources, but writes one {@code ?} for a
   * whole surrogate pair, so a text with pairs is narrowed here character by character.
   */
  private static byte[] latin1(String src, char[] buf) {
    byte[] b = src.getBytes(StandardCharsets.ISO_8859_1);
    if (b.length == buf.length) {
      return b;
    }
    b = new byte[buf.length];
    for (int i = 0; i < buf.length; i++) {
      b[i] = buf[i] < 256 ? (byte) buf[i] : (byte) '?';
    }
    return b;
  }

  /** Little-endian longs out of {@link #bytes}: eight characters per load. */
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;

  /** The first index from {@code q} that is not a space: eight characters per step. */
  private int spacesEnd(int q) {
    while (q + 8 <= len) {
      long x = (long) LONGS.get(bytes, q) ^ (' ' * ONES); // a zero byte for each space
      if (x != 0) {
        return q + (Long.numberOfTrailingZeros(x) >>> 3);
      }
      q += 8;
    }
    while (q < len && buf[q] == ' ') {
      q++;
    }
    return q;
  }

  /** The first index from {@code q} that is not an ASCII name character: eight characters per step. */
  private int nameEnd(int q) {
    while (q + 8 <= len) {
      long stop = notNamePart((long) LONGS.get(bytes, q));
      if (stop != 0) {
        return q + (Long.numberOfTrailingZeros(stop) >>> 3);
      }
      q += 8;
    }
    while (q < len && buf[q] < 128 && ASCII_IDENTIFIER_PART[buf[q]]) {
      q++;
    }
    return q;
  }

  /**
   * The high bit of each byte of {@code w} that is not an ASCII letter, digit, {@code _} or
   * {@code $}: exact up to the first such byte, which is all a caller reads. Each range test adds
   * to every byte at once; an ASCII byte never carries into the next, and a byte past ASCII is
   * a stop itself, so whatever it carries into later bytes is never read.
   */
  private static long notNamePart(long w) {
    long lower = w | (0x20 * ONES); // A-Z to a-z; nothing else lands in a-z
    long name = inRange(lower, 'a', 'z') | inRange(w, '0', '9') | inRange(w, '_', '_') | inRange(w, '$', '$');
    return ~(name & ~w) & HIGHS;
  }

  /** The high bit of each ASCII byte of {@code w} in {@code [lo, hi]}. */
  private static long inRange(long w, int lo, int hi) {
    return (w + (0x80 - lo) * ONES) & ~(w + (0x7F - hi) * ONES) & HIGHS;
  }

  /**
   * The number of the ASCII name of {@code length} characters at {@code p}: up to 16 characters
   * by its bytes, read in one or two loads, longer ones by their characters.
   */
  private int nameNumber(int p, int length) {
    if (length <= 8) {
      return names.numberOfShort(shortNameKey(p, length), buf, p, length);
    }
    if (length <= 16 && p + 16 <= len) {
      long high = (long) LONGS.get(bytes, p + 8);
      return names.numberOfKeys((long) LONGS.get(bytes, p), length == 16 ? high : high & ((1L << ((length - 8) << 3)) - 1),
          buf, p, length);
    }
    return names.number(buf, p, length);
  }

  /** The dictionary key of the ASCII name of {@code length <= 8} characters at {@code p}: its bytes, in one load. */
  private long shortNameKey(int p, int length) {
    if (p + 8 <= len) {
      long w = (long) LONGS.get(bytes, p);
      return length == 8 ? w : w & ((1L << (length << 3)) - 1);
    }
    return NameDictionary.packed(buf, p, length);
  }

  /**
   * Scans and stores the token at {@code start} (= {@code pos}) by the general path: comments,
   * directives, literals, splices and the rare cases. Kept in one method, too big for the JIT to
   * inline when hot (over 325 bytecodes): inlined into {@link #run} it made the fast loop's
   * compiled code some 15% slower.
   */
  private void general(int start) {
    char c = buf[start];
    TokenKind kind;
    switch (c) {
      case '\n': case '\r':
        pos += newlineLength(pos);
        kind = TokenKind.NEWLINE;
        break;
      case ' ': case '\t': case '\f': case '\u000b':
        kind = whitespace();
        break;
      case '\\':
        kind = spliceLength(pos) > 0 ? whitespace() : Punctuators.scan(this);
        break;
      case '/':
        kind = slash();
        break;
      case '#':
        if (atLineStart) {
          directive();
          kind = TokenKind.DIRECTIVE;
        } else {
          kind = Punctuators.scan(this);
        }
        break;
      case '"': case '\'':
        quoted(c);
        kind = c == '"' ? TokenKind.STRING : TokenKind.CHAR;
        break;
      case '.':
        if (isDigit(at(pos + 1))) {
          number();
          kind = TokenKind.NUMBER;
        } else {
          kind = Punctuators.scan(this);
        }
        break;
      default:
        kind = other(c);
    }
    if (pos <= start) { // defensive: every scan must consume, or the loop would never end
      pos = start + 1;
      kind = TokenKind.UNKNOWN;
    }
    if (count == kinds.length) {
      grow();
    }
    kinds[count] = (byte) kind.ordinal();
    starts[count] = start;
    keys[count] = key(kind, start, pos);
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

  /**
   * The {@link TokenList#parserKey} of the token {@code [start, end)} of this kind, from the general
   * path; a name's only when names are numbered while lexing (else {@link TokenList} adds it).
   */
  private int key(TokenKind kind, int start, int end) {
    switch (kind) {
      case IDENTIFIER:
        return names != null ? TokenList.NAME_KEYS + names.number(buf, start, end - start) : 0;
      case PUNCTUATOR:
        return TokenList.punctuatorKey(buf, start, end);
      case WHITESPACE: case NEWLINE: case LINE_COMMENT: case BLOCK_COMMENT: case DIRECTIVE:
        return 0;
      default:
        return kind.ordinal();
    }
  }

  private static final byte B_WHITESPACE = (byte) TokenKind.WHITESPACE.ordinal();
  private static final byte B_NEWLINE = (byte) TokenKind.NEWLINE.ordinal();
  private static final byte B_IDENTIFIER = (byte) TokenKind.IDENTIFIER.ordinal();
  private static final byte B_NUMBER = (byte) TokenKind.NUMBER.ordinal();
  private static final byte B_PUNCTUATOR = (byte) TokenKind.PUNCTUATOR.ordinal();

  /** What an ASCII character can start, for the fast paths of {@link #run}. */
  private static final byte OTHER = 0, SPACE = 1, LINE_END = 2, NAME = 3, DIGIT = 4, PUNCTUATION = 5;
  private static final byte[] START_CLASS = new byte[128];

  static {
    for (char c = 0; c < 128; c++) {
      START_CLASS[c] = c == ' ' || c == '\t' || c == '\f' || c == '\u000b' ? SPACE
          : c == '\n' || c == '\r' ? LINE_END
          : (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$' ? NAME
          : isDigit(c) ? DIGIT
          : "{}[]();,?~<>%:+-&|=!*^/.".indexOf(c) >= 0 ? PUNCTUATION
          : OTHER; // '#', quotes, backslash and control characters take the general path
    }
  }

  /**
   * For a punctuation character {@code c} followed by ASCII {@code a}: the punctuator's length
   * when those two decide it, else 0 (a comment, a number, a launch bracket, three-character
   * operators and digraph corners), which {@link #general} sorts out. Most punctuators ({@code .},
   * {@code =}, {@code *}, {@code ->}) so need no call into {@link Punctuators}.
   */
  private static final byte[] PUNCTUATOR_LENGTH = new byte[128 * 128];

  static {
    java.util.Set<String> twos = java.util.Set.of("::", "->", "++", "--", "<=", ">=", "==", "!=", "&&", "||", "+=",
        "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<%", "%>", "<:", ":>");
    for (char c = 0; c < 128; c++) {
      if (START_CLASS[c] != PUNCTUATION) {
        continue;
      }
      for (char a = 0; a < 128; a++) {
        String pair = "" + c + a;
        boolean two = twos.contains(pair);
        boolean undecided = (c == '/' && (a == '/' || a == '*')) || (c == '.' && (isDigit(a) || a == '.' || a == '*'))
            || (c == '-' && a == '>') || (c == '<' && (a == '<' || a == ':' || a == '=')) || (c == '>' && a == '>')
            || (c == '%' && a == ':');
        PUNCTUATOR_LENGTH[c << 7 | a] = (byte) (undecided ? 0 : two ? 2 : 1);
      }
    }
  }

  private void grow() {
    int capacity = count + (count >> 1) + 16;
    kinds = Arrays.copyOf(kinds, capacity);
    starts = Arrays.copyOf(starts, capacity);
    keys = Arrays.copyOf(keys, capacity);
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
    pos = lineCommentEnd(pos + 2);
  }

  /**
   * Where a line comment's text from {@code p} ends: at the next line end that no backslash
   * splices. The line end is found by {@link String#indexOf(int, int)}, which the JVM scans many
   * characters at a time: comments are long, and the loop over their characters was 3% of the
   * whole front end's profile.
   */
  private int lineCommentEnd(int p) {
    while (true) {
      int end = lineEndFrom(p);
      if (end > p && end < len && buf[end - 1] == '\\') { // a splice: the comment goes on
        p = end - 1 + splice(end - 1);
        continue;
      }
      return end;
    }
  }

  /**
   * The next {@code \n} and the next {@code \r} found so far ({@link #len} when there is none):
   * each is searched for again only once the scan has passed it, so a file with only one kind of
   * line end is not searched to its end at every comment.
   */
  private int nextNewline = -1;
  private int nextReturn = -1;

  /** The first {@code \n} or {@code \r} at or after {@code p}, or {@link #len}. */
  private int lineEndFrom(int p) {
    if (nextNewline < p) {
      int n = src.indexOf('\n', p);
      nextNewline = n < 0 ? len : n;
    }
    if (nextReturn < p) {
      int r = src.indexOf('\r', p);
      nextReturn = r < 0 ? len : r;
    }
    return Math.min(nextNewline, nextReturn);
  }

  private void blockComment() {
    int close = src.indexOf("*/", pos + 2);
    pos = close < 0 ? len : close + 2;
    multiline = true; // whether it spans lines is found out by counting, once
  }

  /** The whole logical line; comments inside it belong to it, a block comment may carry it on. */
  private void directive() {
    final char[] b = buf;
    int p = pos + 1;
    while (p < len) {
      char c = b[p];
      if (c > '\\' || !DIRECTIVE_STOP[c]) { // most characters of a directive are plain text
        p++;
        continue;
      }
      if (isNewline(c)) {
        break;
      }
      if (c == '\\' && spliceLength(p) > 0) {
        p += splice(p);
      } else if (c == '/' && at(p + 1) == '*') {
        pos = p;
        blockComment();
        p = pos;
      } else if (c == '/' && at(p + 1) == '/') {
        p = lineCommentEnd(p + 2);
      } else if (c == '"' || c == '\'') {
        pos = p;
        quoted(c);
        p = pos;
      } else {
        p++;
      }
    }
    pos = p;
  }

  /** Characters up to {@code \\} that a directive's scan must look at: line ends, splices, comments, quotes. */
  private static final boolean[] DIRECTIVE_STOP = new boolean['\\' + 1];

  static {
    for (char c : new char[] {'\n', '\r', '\\', '/', '"', '\''}) {
      DIRECTIVE_STOP[c] = true;
    }
  }

  private TokenKind identifierOrPrefixedLiteral() {
    int start = pos;
    while (pos < len && isIdentifierPart(buf[pos])) {
      pos++;
    }
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
    final char[] b = buf;
    int p = pos + 1;
    while (p < len) {
      char c = b[p];
      if (isIdentifierPart(c) || c == '.') {
        char next = at(p + 1);
        boolean signedExponent = (c == 'e' || c == 'E' || c == 'p' || c == 'P') && (next == '+' || next == '-');
        p += signedExponent ? 2 : 1;
      } else if (c == '\'' && isSeparatedDigit(at(p + 1))) {
        p += 2;
      } else {
        break;
      }
    }
    pos = p;
  }

  private static boolean isSeparatedDigit(char next) {
    return isDigit(next) || Character.isLetter(next) || next == '_';
  }

  /** A string or char literal from the quote at {@code pos}; an unescaped line end ends it unterminated. */
  private void quoted(char quote) {
    final char[] b = buf;
    int p = pos + 1;
    while (p < len) {
      char c = b[p];
      if (c == quote) {
        p++;
        break;
      }
      if (isNewline(c)) {
        break;
      }
      if (c == '\\') {
        // an escape, or a backslash-newline that carries the literal onto the next line
        p += spliceLength(p) > 0 ? splice(p) : Math.min(2, len - p);
      } else {
        p++;
      }
    }
    pos = p;
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
