package dev.kport.translator.lex;

/**
 * Operators and punctuators, longest match first, digraphs included. One switch on the first
 * character finds the candidates; trying every punctuator string in turn cost more than all the
 * rest of the lexer.
 */
final class Punctuators {

  private Punctuators() {}

  /** Scans the punctuator at the lexer's position, or one {@code UNKNOWN} character. */
  static TokenKind scan(Lexer lx) {
    int p = lx.pos();
    char a = lx.at(p + 1);
    char b = lx.at(p + 2);
    int n;
    switch (lx.at(p)) {
      case '<': return less(lx, a, b);
      case '>':
        if (a == '>' && b == '>') {
          TokenKind close = lx.launchClose();
          if (close != null) {
            return close;
          }
        }
        n = a == '>' && b == '=' ? 3 : a == '>' || a == '=' ? 2 : 1;
        break;
      case '%':
        n = a == ':' && b == '%' && lx.at(p + 3) == ':' ? 4 : a == '=' || a == '>' || a == ':' ? 2 : 1;
        break;
      case '.': n = a == '.' && b == '.' ? 3 : a == '*' ? 2 : 1; break;
      case '-': n = a == '>' && b == '*' ? 3 : a == '>' || a == '-' || a == '=' ? 2 : 1; break;
      case ':': n = a == ':' || a == '>' ? 2 : 1; break;
      case '+': n = a == '+' || a == '=' ? 2 : 1; break;
      case '&': n = a == '&' || a == '=' ? 2 : 1; break;
      case '|': n = a == '|' || a == '=' ? 2 : 1; break;
      case '#': n = a == '#' ? 2 : 1; break;
      case '=': case '!': case '*': case '/': case '^':
        n = a == '=' ? 2 : 1;
        break;
      case '{': case '}': case '[': case ']': case '(': case ')': case ';': case ',': case '?': case '~':
        n = 1;
        break;
      default:
        return unknown(lx, p);
    }
    lx.advance(n);
    return TokenKind.PUNCTUATOR;
  }

  private static TokenKind less(Lexer lx, char a, char b) {
    if (a == '<' && b == '<') {
      return lx.launchOpen();
    }
    int n;
    if (a == ':' && b == ':') {
      // C++11: "<::" not followed by ':' or '>' is '<' then '::' (std::vector<::T>), not the digraph "<:"
      char c = lx.at(lx.pos() + 3);
      n = c != ':' && c != '>' ? 1 : 2;
    } else if ((a == '<' && b == '=') || (a == '=' && b == '>')) {
      n = 3;
    } else {
      n = a == '<' || a == '=' || a == ':' || a == '%' ? 2 : 1;
    }
    lx.advance(n);
    return TokenKind.PUNCTUATOR;
  }

  private static TokenKind unknown(Lexer lx, int p) {
    // keep a surrogate pair in one token so no token holds half a character
    boolean pair = Character.isHighSurrogate(lx.at(p)) && Character.isLowSurrogate(lx.at(p + 1));
    lx.advance(pair ? 2 : 1);
    return TokenKind.UNKNOWN;
  }
}
