package dev.kport.translator.lex;

/**
 * One run of source text.
 *
 * @param offset index of the first character in the lexed string
 * @param line 1-based line of the first character
 * @param column 1-based column of the first character, counted in UTF-16 units
 */
public record Token(TokenKind kind, String text, int offset, int line, int column) {

  /** Whether this token is the punctuator or identifier {@code s}. */
  public boolean is(String s) {
    return text.equals(s) && (kind == TokenKind.PUNCTUATOR || kind == TokenKind.IDENTIFIER);
  }

  public boolean isIdentifier() {
    return kind == TokenKind.IDENTIFIER;
  }

  public boolean isTrivia() {
    return kind.isTrivia();
  }

  /** Offset just past the last character. */
  public int end() {
    return offset + text.length();
  }
}
