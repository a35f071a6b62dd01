package dev.kport.translator.opencl;

import dev.kport.translator.lex.Token;
import dev.kport.translator.lex.TokenKind;
import dev.kport.translator.lex.TokenList;
import java.util.List;

/**
 * Whether a token is an identifier starting with a given prefix, read from the lexer's arrays
 * where the list has them: rules that only care about names like {@code make_*} or {@code __*}
 * ask this first, so the other identifiers of a body cost no token object, text or lookup.
 */
final class IdentifierPrefix {

  private IdentifierPrefix() {}

  static boolean at(List<Token> tokens, int j, String prefix) {
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
