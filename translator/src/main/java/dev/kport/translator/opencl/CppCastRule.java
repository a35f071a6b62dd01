package dev.kport.translator.opencl;

import dev.kport.translator.emit.SourceText;
import dev.kport.translator.lex.Token;
import dev.kport.translator.lex.TokenKind;
import dev.kport.translator.outline.Tokens;
import java.util.List;
import java.util.Set;

/**
 * {@code static_cast<T>(e)} (and {@code reinterpret_cast}, {@code const_cast}) to the C cast
 * {@code ((T)(e))}. The type's own tokens stay, so other rules (address spaces, renames) still
 * reach them.
 */
final class CppCastRule implements ExpressionRule {

  private static final Set<String> CASTS = Set.of("static_cast", "reinterpret_cast", "const_cast");

  /** One of {@link #CASTS}, compared in the lexer's buffer. */
  private static boolean isCastKeyword(List<Token> tokens, int j) {
    if (LexedTokens.kind(tokens, j) != TokenKind.IDENTIFIER) {
      return false;
    }
    for (String cast : CASTS) {
      if (Tokens.is(tokens, j, cast)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void apply(SourceText text, int from, int to) {
    for (int j = from; j < to; j++) {
      if (!isCastKeyword(text.tokens(), j)) {
        continue;
      }
      int lt = Tokens.nextSignificant(text.tokens(), j + 1, to);
      int gt = Tokens.is(text.tokens(), lt, "<") ? closingAngle(text, lt, to) : -1;
      int open = gt < 0 ? -1 : Tokens.nextSignificant(text.tokens(), gt + 1, to);
      if (!Tokens.is(text.tokens(), open, "(")) {
        continue;
      }
      int close = Tokens.matching(text.tokens(), open, to);
      if (close >= to) {
        continue;
      }
      text.edits().replace(j, "((");
      text.edits().delete(lt, lt + 1);
      text.edits().replace(gt, ")");
      text.edits().insertBefore(close + 1, ")");
    }
  }

  /** The {@code >} closing the {@code <} at {@code lt}, or -1 (nested templates are not C types anyway). */
  static int closingAngle(SourceText text, int lt, int to) {
    for (int k = lt + 1; k < to; k++) {
      if (text.token(k).is(">")) {
        return k;
      }
      if (text.token(k).is("<") || text.token(k).is(">>") || text.token(k).is(";") || text.token(k).is("{")) {
        return -1;
      }
    }
    return -1;
  }
}
