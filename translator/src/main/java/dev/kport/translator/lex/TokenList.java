package dev.kport.translator.lex;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The lexer's result: an unmodifiable list of tokens that also keeps each token's kind in an
 * array of its own. Stages that sweep the whole file for a few kinds (the preprocessor looking
 * for directives, the parser skipping whitespace and comments) read that array in order instead
 * of loading every token object, which was most of the time those sweeps took.
 */
public final class TokenList extends AbstractList<Token> implements RandomAccess {

  private static final TokenKind[] KINDS = TokenKind.values();

  private final Token[] tokens;
  private final byte[] kinds;
  private final int size;

  TokenList(Token[] tokens, byte[] kinds, int size) {
    this.tokens = tokens;
    this.kinds = kinds;
    this.size = size;
  }

  @Override
  public Token get(int index) {
    Objects.checkIndex(index, size);
    return tokens[index];
  }

  @Override
  public int size() {
    return size;
  }

  /** {@code get(index).kind()}, without loading the token. */
  public TokenKind kind(int index) {
    Objects.checkIndex(index, size);
    return KINDS[kinds[index]];
  }
}
