package dev.kport.translator.hip;

import dev.kport.translator.emit.TokenEdits;
import dev.kport.translator.lex.Token;
import java.util.List;

/**
 * {@code cudaMemcpyToSymbol(sym, ...)} becomes {@code hipMemcpyToSymbol(HIP_SYMBOL(sym), ...)}:
 * HIP documents that a device symbol passed to its symbol calls must be wrapped so (it is
 * {@code &sym} on NVIDIA, {@code sym} on AMD). Only a plain or qualified name is wrapped; an
 * argument already written as an address, a cast or a macro call is the user's and stays.
 */
final class SymbolArgumentRewrite {

  private SymbolArgumentRewrite() {}

  /** @param position which argument (1-based) of the call after token {@code i} is the symbol */
  static void wrap(List<Token> tokens, int i, TokenEdits edits, int position) {
    int open = Tokens.nextSignificant(tokens, i + 1);
    if (open < 0 || !Tokens.is(tokens, open, "(")) {
      return;
    }
    List<Tokens.Argument> args = Tokens.arguments(tokens, open);
    if (args.size() < position) {
      return;
    }
    Tokens.Argument symbol = args.get(position - 1);
    if (isName(tokens, symbol)) {
      edits.insertBefore(symbol.first(), "HIP_SYMBOL(");
      edits.insertBefore(symbol.last() + 1, ")");
    }
  }

  /** {@code x}, {@code ns::x}, {@code ::x}: names, scope operators and blanks only. */
  private static boolean isName(List<Token> tokens, Tokens.Argument a) {
    boolean sawName = false;
    for (int k = a.first(); k <= a.last(); k++) {
      Token t = tokens.get(k);
      if (t.isIdentifier()) {
        sawName = true;
      } else if (!t.is("::") && !t.isTrivia()) {
        return false;
      }
    }
    return sawName;
  }
}
