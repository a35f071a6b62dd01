package dev.kport.translator.lex;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The lexer's result: an unmodifiable list over the array it filled. Copying into an immutable
 * list would copy every token reference once more, and every stage indexes this list per token.
 */
final class TokenList extends AbstractList<Token> implements RandomAccess {

  private final Token[] tokens;
  private final int size;

  TokenList(Token[] tokens, int size) {
    this.tokens = tokens;
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
}
