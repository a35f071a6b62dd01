package dev.kport.translator.parse;

import dev.kport.translator.diag.Diagnostic;
import dev.kport.translator.lex.Token;
import dev.kport.translator.lex.TokenKind;
import dev.kport.translator.preprocess.PreprocessorView;
import java.util.ArrayList;
import java.util.List;

/**
 * The token cursor under every grammar method: it walks only the significant tokens of active
 * preprocessor regions, but reports positions as indices into the full lossless token list.
 */
abstract class ParserBase {

  /** Bails out of one construct; caught where an opaque node is made. Carries no stack trace. */
  static final class ParseError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int at;

    ParseError(String message, int at) {
      super(message, null, false, false);
      this.at = at;
    }
  }

  static final int MAX_DEPTH = 300;

  final String file;
  final List<Token> tokens;
  final PreprocessorView view;
  int[] sig;
  int[] code;
  /**
   * The texts of the significant tokens, by the same index as {@link #code}. The parser asks for
   * names all the time; reading them here keeps it off the token objects, which are long out of
   * the cache by the time the parser runs.
   */
  String[] words;
  final int n;
  final List<Diagnostic> diagnostics = new ArrayList<>();
  final Names names;
  int p;
  /** How many {@code >} of the current {@code >>} a closing template argument list has taken. */
  int gtSplit;
  int depth;
  int speculating;

  ParserBase(String file, List<Token> tokens, PreprocessorView view) {
    this.file = file;
    this.tokens = tokens;
    this.view = view;
    this.names = new Names(view);
    int capacity = tokens.size() * 2 / 3 + 16; // a little over half the tokens of real code are significant
    this.sig = new int[capacity];
    this.code = new int[capacity];
    this.words = new String[capacity];
    this.n = significant(tokens, view);
  }

  /** Fills the significant-token arrays: active tokens that are not trivia or directives. */
  private int significant(List<Token> list, PreprocessorView view) {
    int count = 0;
    int size = list.size();
    for (int i = 0; i < size; i++) {
      Token t = list.get(i);
      TokenKind k = t.kind();
      if (k.isTrivia() || k == TokenKind.DIRECTIVE || !view.isActive(i)) {
        continue;
      }
      if (count == sig.length) {
        grow();
      }
      sig[count] = i;
      String text = t.text();
      code[count] = Tok.classify(k, text);
      words[count] = text;
      count++;
    }
    return count;
  }

  private void grow() {
    int capacity = sig.length + (sig.length >> 1) + 16;
    sig = java.util.Arrays.copyOf(sig, capacity);
    code = java.util.Arrays.copyOf(code, capacity);
    words = java.util.Arrays.copyOf(words, capacity);
  }

  // ---- looking

  final int c() {
    if (gtSplit > 0) {
      return Tok.GT;
    }
    return p < n ? code[p] : Tok.EOF;
  }

  final int c(int ahead) {
    int q = p + ahead;
    return q < n ? code[q] : Tok.EOF;
  }

  final boolean at(int k) {
    return c() == k;
  }

  final String text() {
    return p < n ? words[p] : "";
  }

  final String text(int ahead) {
    int q = p + ahead;
    return q < n ? words[q] : "";
  }

  /** Full-list index of the current token (or of the last token at the end). */
  final int idx() {
    if (p < n) {
      return sig[p];
    }
    return n == 0 ? 0 : sig[n - 1];
  }

  /** Full-list index of the last token consumed. */
  final int lastIdx() {
    if (gtSplit > 0) {
      return sig[p];
    }
    return p > 0 ? sig[p - 1] : 0;
  }

  // ---- moving

  final void advance() {
    gtSplit = 0;
    if (p < n) {
      p++;
    }
  }

  final boolean accept(int k) {
    if (c() == k) {
      advance();
      return true;
    }
    return false;
  }

  final void expect(int k, String what) {
    if (c() != k) {
      throw expected(what);
    }
    advance();
  }

  final String identifier(String what) {
    if (c() != Tok.IDENT) {
      throw expected(what);
    }
    String s = text();
    advance();
    return s;
  }

  /** Closes a template argument list; a {@code >>} token closes two lists, one {@code >} at a time. */
  final void closeAngle() {
    if (gtSplit == 0 && p < n && code[p] == Tok.SHR) {
      gtSplit = 1;
      return;
    }
    if (c() != Tok.GT) {
      throw error("expected '>'");
    }
    advance();
  }

  final int mark() {
    return p | (gtSplit << 30);
  }

  final void reset(int m) {
    p = m & ((1 << 30) - 1);
    gtSplit = m >>> 30;
  }

  /** While speculating nobody reads the message, so one shared error saves building it. */
  private static final ParseError SPECULATION_FAILED = new ParseError("speculation failed", 0);

  final ParseError error(String message) {
    if (speculating > 0) {
      return SPECULATION_FAILED;
    }
    return new ParseError(message + (p < n ? " at '" + text() + "'" : " at end of input"), idx());
  }

  /** As {@code error("expected " + what)}, but builds no message while speculating, where most of these fail. */
  final ParseError expected(String what) {
    return speculating > 0 ? SPECULATION_FAILED : error("expected " + what);
  }

  final void enter() {
    if (++depth > MAX_DEPTH) {
      depth = 0;
      throw error("nesting too deep");
    }
  }

  final void leave() {
    depth--;
  }

  // ---- recovery

  /** Skips one token, or a whole bracketed group when it opens one. */
  final void skipBalanced() {
    int open = c();
    int close = open == Tok.LPAREN ? Tok.RPAREN : open == Tok.LBRACKET ? Tok.RBRACKET
        : open == Tok.LBRACE ? Tok.RBRACE : -1;
    advance();
    if (close < 0) {
      return;
    }
    int nest = 1;
    while (p < n && nest > 0) {
      int k = code[p];
      if (k == open) {
        nest++;
      } else if (k == close) {
        nest--;
      }
      p++;
    }
  }

  /** Skips to just after the next {@code ;} or balanced {@code {...}} at this nesting level. */
  final void skipToDeclarationEnd() {
    while (p < n) {
      int k = code[p];
      if (k == Tok.SEMI) {
        advance();
        return;
      }
      if (k == Tok.RBRACE) {
        return;
      }
      if (k == Tok.LBRACE) {
        skipBalanced();
        if (c() == Tok.SEMI) {
          advance();
        }
        return;
      }
      skipBalanced();
    }
  }

  final void report(String code, String message, int at) {
    if (speculating > 0) {
      return;
    }
    Token t = at < tokens.size() ? tokens.get(at) : null;
    int line = t == null ? 1 : t.line();
    int col = t == null ? 1 : t.column();
    diagnostics.add(new Diagnostic(file, line, col, Diagnostic.Severity.WARNING, code, message,
        "the construct is kept as written; translation rules will not look inside it"));
  }
}
