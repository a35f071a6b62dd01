package dev.kport.translator.lex;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The lexer's result: an unmodifiable list of tokens kept as parallel arrays (kind, start,
 * line) over the source. A {@link Token} object, and its text, is made only when someone asks
 * for it with {@link #get}, and then kept, so {@code get(i)} keeps returning the same instance.
 * The front end's own stages read the arrays ({@link #kind(int)}, {@link #offset(int)},
 * {@link #charAt(int, int)}) and never make most tokens at all; making one object and one string
 * per token was most of what lexing cost.
 */
public final class TokenList extends AbstractList<Token> implements RandomAccess {

  private static final TokenKind[] KINDS = TokenKind.values();

  private final String src;
  private final char[] buf;
  private final byte[] kinds;
  private final int[] starts;
  private final int[] lines;
  /** Offset of the first character of each line, by 1-based line number. */
  private final int[] lineStarts;
  private final int size;
  /** Tokens made so far, by index; allocated at the first {@link #get}. */
  private Token[] made;

  TokenList(String src, char[] buf, byte[] kinds, int[] starts, int[] lines, int[] lineStarts, int size) {
    this.src = src;
    this.buf = buf;
    this.kinds = kinds;
    this.starts = starts;
    this.lines = lines;
    this.lineStarts = lineStarts;
    this.size = size;
  }

  @Override
  public Token get(int index) {
    Objects.checkIndex(index, size);
    Token[] cache = made;
    if (cache == null) {
      cache = new Token[size];
      made = cache;
    }
    Token t = cache[index];
    if (t == null) {
      // Token is a record (final fields), so an instance another thread made is safe to see here
      t = new Token(KINDS[kinds[index]], text(index), starts[index], lines[index], column(index));
      cache[index] = t;
    }
    return t;
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
    return lines[index];
  }

  /** {@code get(index).column()}, without making the token. */
  public int column(int index) {
    Objects.checkIndex(index, size);
    return starts[index] - lineStarts[lines[index]] + 1;
  }

  /** {@code get(index).text().length()}, without making the token or its text. */
  public int length(int index) {
    return end(index) - offset(index);
  }

  /** Character {@code i} of token {@code index}'s text; {@code i} must be below {@link #length}. */
  public char charAt(int index, int i) {
    return buf[starts[index] + i];
  }

  /** {@code get(index).text()}: a shared instance for common texts, else a new substring. */
  public String text(int index) {
    Objects.checkIndex(index, size);
    return TokenTexts.common(src, buf, starts[index], end(index));
  }

  /** The lexed string. */
  public String source() {
    return src;
  }

  char[] buf() {
    return buf;
  }
}
