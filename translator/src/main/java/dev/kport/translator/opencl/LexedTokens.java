package dev.kport.translator.opencl;

import dev.kport.translator.lex.Token;
import dev.kport.translator.lex.TokenKind;
import dev.kport.translator.lex.TokenList;
import java.util.List;

/**
 * Questions rules ask of every token in a body, answered from the lexer's arrays where the list
 * has them: most tokens then cost no token object, text or set lookup.
 */
final class LexedTokens {

  private LexedTokens() {}

  /** {@code tokens.get(j).kind()}. */
  static TokenKind kind(List<Token> tokens, int j) {
    return tokens instanceof TokenList list ? list.kind(j) : tokens.get(j).kind();
  }

  /** Whether token {@code j} is an identifier starting with {@code prefix}. */
  static boolean startsWith(List<Token> tokens, int j, String prefix) {
    if (!(tokens instanceof TokenList list)) {
      Token t = tokens.get(j);
      return t.isIdentifier() && t.text().startsWith(prefix);
    }
    if (!list.hasKind(j, TokenKind.IDENTIFIER) || list.length(j) < prefix.length()) {
      return false;
    }
    for (int k = 0; k < prefix.length(); k++) {
      if (list.charAt(j, k) != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
