package dev.kport.translator.lex;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The lexer's result: an unmodifiable list of tokens kept as parallel arrays (kind, start) over
 * the source, with the start of every line; a token's line is found from its start when asked. A {@link Token} object, and its text, is made only when someone asks
 * for it with {@link #get}, and then kept, so {@code get(i)} keeps returning the same instance.
 * The front end's own stages read the arrays ({@link #kind(int)}, {@link #offset(int)},
 * {@link #charAt(int, int)}) and never make most tokens at all; making one object and one string
 * per token was most of what lexing cost.
 */
public final class TokenList extends AbstractList<Token> implements RandomAccess {

  private static final TokenKind[] KINDS = TokenKind.values();
  private static final byte DIRECTIVE = (byte) TokenKind.DIRECTIVE.ordinal();
  private static final byte BLOCK_COMMENT = (byte) TokenKind.BLOCK_COMMENT.ordinal();
  private static final byte LINE_COMMENT = (byte) TokenKind.LINE_COMMENT.ordinal();
  private static final byte STRING = (byte) TokenKind.STRING.ordinal();
  private static final byte IDENTIFIER = (byte) TokenKind.IDENTIFIER.ordinal();
  private static final byte PUNCTUATOR = (byte) TokenKind.PUNCTUATOR.ordinal();
  private static final byte WHITESPACE = (byte) TokenKind.WHITESPACE.ordinal();
  private static final byte NEWLINE = (byte) TokenKind.NEWLINE.ordinal();

  private final String src;
  private final char[] buf;
  private final byte[] kinds;
  private final int[] starts;
  /**
   * Each significant token's {@link #parserKey}, 0 for the others; names' keys are filled by the
   * lexer for long texts, else on the first {@link #nameId}, {@link #parserKey} of a name or
   * {@link #spellings()}, which sets {@link #spellings}.
   */
  private final int[] keys;
  private volatile Spellings spellings;
  /**
   * Whether the lexer numbered the names itself (long texts): then every key is final from the
   * start, and {@link #parserKey} reads it without the volatile read of {@link #spellings} that
   * would keep a caller's loop from keeping the arrays in registers.
   */
  private final boolean keyedByLexer;
  /** Offset of the first character of each line, by 1-based line number. */
  private final int[] lineStarts;
  /** The number of lines: {@code lineStarts[1..lineCount]} are filled. */
  private final int lineCount;
  private final int size;
  /**
   * Tokens made so far, in pages of {@link #PAGE} by index; a page is allocated when a token in it
   * is first asked for, so making the few directives of a long file costs a few pages, not a
   * reference per token.
   */
  private final Token[][] made;
  private static final int PAGE_BITS = 9;
  private static final int PAGE = 1 << PAGE_BITS;

  TokenList(String src, char[] buf, byte[] kinds, int[] starts, int[] keys, Spellings spellings,
      int[] lineStarts, int lineCount, int size) {
    this.keys = keys;
    this.keyedByLexer = spellings != null;
    this.spellings = spellings;
    this.src = src;
    this.buf = buf;
    this.kinds = kinds;
    this.starts = starts;
    this.lineCount = lineCount;
    this.lineStarts = lineStarts;
    this.size = size;
    this.made = new Token[(size + PAGE - 1) >> PAGE_BITS][];
  }

  @Override
  public Token get(int index) {
    Objects.checkIndex(index, size);
    Token[] page = made[index >> PAGE_BITS];
    if (page == null) {
      page = new Token[Math.min(PAGE, size - (index & -PAGE))]; // a short list gets a short page
      made[index >> PAGE_BITS] = page;
    }
    int at = index & (PAGE - 1);
    Token t = page[at];
    if (t == null) {
      // Token is a record (final fields), so an instance another thread made is safe to see here
      t = new Token(KINDS[kinds[index]], text(index), starts[index], line(index), column(index));
      page[at] = t;
    }
    return t;
  }

  /**
   * A token equal to {@code get(index)}, made afresh and not kept: for callers that look at a
   * token once (the preprocessor at a directive), so the list allocates no cache for it.
   */
  public Token make(int index) {
    Objects.checkIndex(index, size);
    return new Token(KINDS[kinds[index]], text(index), starts[index], line(index), column(index));
  }

  @Override
  public int size() {
    return size;
  }

  /** {@code get(index).kind()}, without making the token. */
  public TokenKind kind(int index) {
    Objects.checkIndex(index, size);
    return KINDS[kinds[index]];
  }

  /**
   * Index of the first token at or after {@code from} that is not trivia (blanks, line ends,
   * comments: {@link TokenKind#isTrivia}), or -1: a loop over the kinds, making no token.
   */
  public int nextSignificant(int from) {
    for (int k = Math.max(from, 0); k < size; k++) {
      if (!isTrivia(kinds[k])) {
        return k;
      }
    }
    return -1;
  }

  /** Index of the last token at or before {@code from} that is not trivia, or -1. */
  public int previousSignificant(int from) {
    for (int k = Math.min(from, size - 1); k >= 0; k--) {
      if (!isTrivia(kinds[k])) {
        return k;
      }
    }
    return -1;
  }

  private static boolean isTrivia(byte kind) {
    return kind == WHITESPACE || kind == NEWLINE || kind == LINE_COMMENT || kind == BLOCK_COMMENT;
  }

  /** {@code kind(index) == kind}, one byte compared: for loops that visit every token. */
  public boolean hasKind(int index, TokenKind kind) {
    Objects.checkIndex(index, size);
    return kinds[index] == kind.ordinal();
  }

  /**
   * {@code kind(index).ordinal()}: for a sweep over every token that keeps or drops each by a
   * table lookup on the number, without a branch per kind.
   */
  public int kindOrdinal(int index) {
    Objects.checkIndex(index, size);
    return kinds[index];
  }

  /**
   * The first index at or after {@code from} whose token is of kind {@code kind}, or
   * {@link #size()} when none is: a sweep over the kinds array alone, for callers that look at
   * one rare kind (the preprocessor at directives).
   */
  public int indexOfKind(TokenKind kind, int from) {
    byte k = (byte) kind.ordinal();
    for (int i = Math.max(0, from); i < size; i++) {
      if (kinds[i] == k) {
        return i;
      }
    }
    return size;
  }

  /** {@code get(index).offset()}, without making the token. */
  public int offset(int index) {
    Objects.checkIndex(index, size);
    return starts[index];
  }

  /** {@code get(index).end()}, without making the token. */
  public int end(int index) {
    Objects.checkIndex(index, size);
    return index + 1 < size ? starts[index + 1] : buf.length;
  }

  /** {@code get(index).line()}, without making the token. */
  public int line(int index) {
    Objects.checkIndex(index, size);
    return lineOf(starts[index]);
  }

  /** {@code get(index).column()}, without making the token. */
  public int column(int index) {
    Objects.checkIndex(index, size);
    return starts[index] - lineStarts[lineOf(starts[index])] + 1;
  }

  /**
   * The line holding offset {@code at}: the last line starting at or before it. Kept out of the
   * lexer's loop (one int per token written there) since lines are asked for rarely: for
   * diagnostics, directives and tokens someone makes.
   */
  private int lineOf(int at) {
    int last = lastLine; // callers mostly go forward a little: try the last answer and the next line first
    if (last <= lineCount && lineStarts[last] <= at) {
      if (last == lineCount || at < lineStarts[last + 1]) {
        return last;
      }
      if (last + 1 == lineCount || at < lineStarts[last + 2]) {
        lastLine = last + 1;
        return last + 1;
      }
    }
    lastLine = lineIn(at, 1, lineCount);
    return lastLine;
  }

  /** The last line in [lo, hi] that starts at or before offset {@code at}, where line lo does. */
  private int lineIn(int at, int lo, int hi) {
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (lineStarts[mid] <= at) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /** The line {@link #lineOf} answered last: a hint, checked before use, so a race on it is harmless. */
  private int lastLine = 1;

  /** {@code get(index).text().length()}, without making the token or its text. */
  public int length(int index) {
    return end(index) - offset(index);
  }

  /** Character {@code i} of token {@code index}'s text; {@code i} must be below {@link #length}. */
  public char charAt(int index, int i) {
    return buf[starts[index] + i];
  }

  /**
   * {@code get(index).is(s)}, without making the token or its text: whether token {@code index} is
   * the punctuator or identifier {@code s}.
   */
  public boolean textIs(int index, String s) {
    Objects.checkIndex(index, size);
    byte k = kinds[index];
    if (k != PUNCTUATOR && k != IDENTIFIER) {
      return false;
    }
    int from = starts[index];
    int len = (index + 1 < size ? starts[index + 1] : buf.length) - from;
    if (len != s.length()) {
      return false;
    }
    for (int j = 0; j < len; j++) {
      if (buf[from + j] != s.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The one character of a single-character punctuator at {@code index} ({@code {}, {@code ;}),
   * else 0: what bracket matching and statement walks test, without making the token.
   */
  public char punctuator(int index) {
    Objects.checkIndex(index, size);
    if (kinds[index] != PUNCTUATOR) {
      return 0;
    }
    int from = starts[index];
    int end = index + 1 < size ? starts[index + 1] : buf.length;
    return end - from == 1 ? buf[from] : 0;
  }

  /** {@code get(index).text()}: a shared instance for common texts, else a new substring. */
  public String text(int index) {
    Objects.checkIndex(index, size);
    byte k = kinds[index];
    if (k == DIRECTIVE || k == BLOCK_COMMENT || k == LINE_COMMENT || k == STRING) {
      return src.substring(starts[index], end(index)); // never one of the shared texts
    }
    return TokenTexts.common(src, buf, starts[index], end(index));
  }

  /**
   * The spelling number of identifier {@code index} in {@link #spellings()}: equal for equal
   * names. Only for tokens of kind {@link TokenKind#IDENTIFIER}.
   */
  public int nameId(int index) {
    Objects.checkIndex(index, size);
    if (kinds[index] != IDENTIFIER) {
      throw new IllegalArgumentException("token " + index + " is not an identifier");
    }
    if (!keyedByLexer && spellings == null) {
      numberNames();
    }
    return keys[index] - NAME_KEYS;
  }

  /** {@link #parserKey}: a name's key is this plus its spelling number ({@link #nameId}). */
  public static final int NAME_KEYS = 1 << 14;
  /** {@link #parserKey}: punctuators of three or more characters, from here on in the order of {@link #LONG_PUNCTUATORS}. */
  public static final int LONG_PUNCTUATOR_KEYS = 64;
  /** The punctuators of three or more characters; any other punctuator is keyed as one past these. */
  public static final List<String> LONG_PUNCTUATORS = List.of("<<=", ">>=", "...", "->*", "<=>", "%:%:");

  /**
   * One number for what a token that is not trivia or a directive is, for a parser that gives every
   * token its own code by one table lookup, not by a branch on the kind and a look at the text:
   * <ul>
   * <li>a name: {@link #NAME_KEYS} plus its spelling number;
   * <li>a punctuator of one or two ASCII characters: the first character shifted left by 7, or'ed
   *     with the second (0 for none): below {@link #NAME_KEYS};
   * <li>a longer punctuator: {@link #LONG_PUNCTUATOR_KEYS} plus its place in {@link #LONG_PUNCTUATORS},
   *     or plus their count for any other;
   * <li>any other token: its kind's ordinal, below 32.
   * </ul>
   * Trivia and directives answer 0. The lexer works each key out as it stores the token.
   */
  public int parserKey(int index) {
    Objects.checkIndex(index, size);
    if (!keyedByLexer && spellings == null) {
      numberNames();
    }
    return keys[index];
  }

  /** {@link #parserKey} of a punctuator {@code buf[start, end)}. */
  static int punctuatorKey(char[] buf, int start, int end) {
    int len = end - start;
    if (len <= 2) {
      char a = buf[start];
      char b = len == 2 ? buf[start + 1] : 0;
      if (a < 128 && b < 128) {
        return a << 7 | b;
      }
    }
    // every punctuator of three or four characters is a shared text: found without making one
    int at = LONG_PUNCTUATORS.indexOf(TokenTexts.common(buf, start, end));
    return LONG_PUNCTUATOR_KEYS + (at >= 0 ? at : LONG_PUNCTUATORS.size());
  }

  /** Numbers the names of a short text, which the lexer left unnumbered. */
  private synchronized void numberNames() {
    if (spellings != null) {
      return;
    }
    NameDictionary names = NameDictionary.forThread();
    for (int i = 0; i < size; i++) {
      if (kinds[i] == IDENTIFIER) {
        keys[i] = NAME_KEYS + names.number(buf, starts[i], end(i) - starts[i]);
      }
    }
    spellings = names.finishFile(); // volatile: publishes the keys written above
  }

  /** The file's distinct names, numbered by the lexer. */
  public Spellings spellings() {
    if (spellings == null) {
      numberNames();
    }
    return spellings;
  }

  /** The lexed string. */
  public String source() {
    return src;
  }

  char[] buf() {
    return buf;
  }

  /** The kinds array read eight bytes at a time, for sweeps after a rare kind. */
  private static final java.lang.invoke.VarHandle KIND_WORDS =
      java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;

  /**
   * {@link #indexOfKind}, testing eight kinds per step: for a kind that is rare (directives), where
   * a byte-at-a-time sweep over a long file's kinds is most of the cost of finding the few.
   */
  public int indexOfRareKind(TokenKind kind, int from) {
    byte k = (byte) kind.ordinal();
    long pattern = (k & 0xFFL) * ONES;
    int i = Math.max(0, from);
    for (; i + 8 <= size; i += 8) {
      long x = (long) KIND_WORDS.get(kinds, i) ^ pattern; // a zero byte where the kind matches
      long zeros = (x - ONES) & ~x & HIGHS; // exact for the lowest zero byte, which is the one wanted
      if (zeros != 0) {
        return i + (Long.numberOfTrailingZeros(zeros) >>> 3);
      }
    }
    for (; i < size; i++) {
      if (kinds[i] == k) {
        return i;
      }
    }
    return size;
  }

  /**
   * {@code line(index)} for a caller going forward through the file: {@code fromLine} is a line at
   * or before the token's (the answer for an earlier token), and the search gallops on from there,
   * so a few nearby lines are read instead of a binary search over all of them.
   */
  public int lineFrom(int index, int fromLine) {
    Objects.checkIndex(index, size);
    int at = starts[index];
    int lo = Math.max(1, Math.min(fromLine, lineCount));
    if (lineStarts[lo] > at) {
      return lineOf(at); // not a line at or before the token: no shortcut
    }
    int step = 1;
    int hi = lo + 1;
    while (hi <= lineCount && lineStarts[hi] <= at) { // lineStarts[lo] <= at throughout
      lo = hi;
      step <<= 1;
      hi = lo + step;
    }
    return lineIn(at, lo, Math.min(hi, lineCount + 1) - 1); // the line is in [lo, hi]
  }
}
