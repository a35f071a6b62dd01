package dev.kport.translator.hip;

import dev.kport.translator.diag.Code;
import dev.kport.translator.diag.Diagnostic;
import dev.kport.translator.lex.Token;
import dev.kport.translator.lex.TokenKind;
import java.util.List;

/**
 * What every hazard check reads (the file's tokens and what is known of its thread-derived names)
 * and where it reports, with the operand walks the checks share.
 */
final class HazardContext {

  final List<Token> tokens;
  final ThreadNames names;
  private final HipTranslator.Located where;
  private final List<Diagnostic> diagnostics;

  HazardContext(List<Token> tokens, HipTranslator.Located where, List<Diagnostic> diagnostics) {
    this.tokens = tokens;
    this.where = where;
    this.diagnostics = diagnostics;
    this.names = ThreadNames.of(tokens);
  }

  Token token(int i) {
    return tokens.get(i);
  }

  int next(int i) {
    return Tokens.nextSignificant(tokens, i + 1);
  }

  int previous(int i) {
    return Tokens.previousSignificant(tokens, i - 1);
  }

  boolean is(int i, String text) {
    return i >= 0 && i < tokens.size() && tokens.get(i).is(text);
  }

  void report(Code code, int i, String message) {
    Token t = tokens.get(i);
    diagnostics.add(code.at(where.file(), where.line(t), where.column(t), message));
  }

  /** Reports at character {@code offset} of a directive token, which may span continued lines. */
  void reportInDirective(Code code, int directive, int offset, String message) {
    Token d = tokens.get(directive);
    String before = d.text().substring(0, offset);
    int newlines = (int) before.chars().filter(c -> c == '\n').count();
    int line = where.line(d) + newlines;
    int column = newlines == 0 ? where.column(d) + offset : offset - before.lastIndexOf('\n');
    diagnostics.add(code.at(where.file(), line, column, message));
  }

  /**
   * First token of the operand that ends just before the operator at {@code op}: a name with its
   * member accesses, calls and subscripts ({@code threadIdx.x}, {@code a[i].n}, {@code f(x)}), a
   * number, or a parenthesised expression; -1 when there is none.
   */
  int leftOperand(int op) {
    int k = previous(op);
    while (k >= 0) {
      Token t = tokens.get(k);
      if (t.is(")") || t.is("]")) {
        k = Tokens.matchingOpen(tokens, k);
        if (k < 0) {
          return -1;
        }
        int p = previous(k);
        boolean subscripted = t.is("]") && p >= 0
            && (tokens.get(p).isIdentifier() || tokens.get(p).is("]") || tokens.get(p).is(")"));
        boolean called = t.is(")") && p >= 0 && tokens.get(p).isIdentifier() && !isKeyword(p);
        if (subscripted || called) {
          k = p;
          continue;
        }
        return k;
      }
      if (t.isIdentifier() || t.kind() == TokenKind.NUMBER) {
        int p = previous(k);
        if (p >= 0 && (tokens.get(p).is(".") || tokens.get(p).is("->"))) {
          k = previous(p);
          continue;
        }
        return k;
      }
      return -1;
    }
    return -1;
  }

  /** Last token of the operand that starts just after the operator at {@code op}, or -1. */
  int rightOperand(int op) {
    int k = next(op);
    if (k < 0) {
      return -1;
    }
    if (tokens.get(k).is("(")) {
      return Tokens.matchingClose(tokens, k);
    }
    if (!tokens.get(k).isIdentifier() && tokens.get(k).kind() != TokenKind.NUMBER) {
      return -1;
    }
    while (true) {
      int n = next(k);
      if (n >= 0 && (tokens.get(n).is(".") || tokens.get(n).is("->")) && next(n) >= 0) {
        k = next(n);
      } else if (n >= 0 && (tokens.get(n).is("[") || tokens.get(n).is("("))) {
        int close = Tokens.matchingClose(tokens, n);
        if (close < 0) {
          return k;
        }
        k = close;
      } else {
        return k;
      }
    }
  }

  /** Whether tokens {@code from..to} (inclusive) hold a name about threads, lanes or warps. */
  boolean mentionsThreads(int from, int to) {
    for (int k = Math.max(from, 0); k <= to && k < tokens.size(); k++) {
      if (tokens.get(k).isIdentifier() && names.isThreadish(tokens.get(k).text())) {
        return true;
      }
    }
    return false;
  }

  /** Whether tokens {@code from..to} (inclusive) hold a name for a warp (its index or count). */
  boolean mentionsWarps(int from, int to) {
    for (int k = Math.max(from, 0); k <= to && k < tokens.size(); k++) {
      if (tokens.get(k).isIdentifier() && ThreadNames.isWarpish(tokens.get(k).text())) {
        return true;
      }
    }
    return false;
  }

  /** Index of the first token of the statement holding token {@code i}. */
  int statementStart(int i) {
    for (int k = i - 1; k >= 0; k--) {
      Token t = tokens.get(k);
      if (t.is(";") || t.is("{") || t.is("}") || t.kind() == TokenKind.DIRECTIVE) {
        return k + 1;
      }
    }
    return 0;
  }

  /** Whether the statement up to token {@code i} has the identifier {@code word}. */
  boolean statementHas(int i, String word) {
    for (int k = statementStart(i); k < i; k++) {
      if (tokens.get(k).is(word)) {
        return true;
      }
    }
    return false;
  }

  private boolean isKeyword(int i) {
    return switch (tokens.get(i).text()) {
      case "if", "while", "for", "switch", "return", "sizeof", "case" -> true;
      default -> false;
    };
  }

  /**
   * The words of the type written before the declared name at {@code name} ({@code const unsigned
   * int b} gives const, unsigned, int); empty when {@code name} is not declared there.
   */
  List<String> typeWords(int name) {
    List<String> words = new java.util.ArrayList<>();
    for (int k = previous(name); k >= 0 && tokens.get(k).isIdentifier(); k = previous(k)) {
      words.add(0, tokens.get(k).text());
    }
    return words;
  }

  private static final java.util.Set<String> NARROW = java.util.Set.of("int", "unsigned", "uint32_t", "int32_t",
      "uint");
  private static final java.util.Set<String> WIDE = java.util.Set.of("long", "uint64_t", "int64_t", "size_t", "auto",
      "lane_mask_t", "unsigned long long");

  /** Whether type words name an integer of 32 bits ({@code unsigned}, {@code int}, {@code uint32_t}). */
  static boolean isNarrow(List<String> typeWords) {
    return typeWords.stream().anyMatch(NARROW::contains) && typeWords.stream().noneMatch(WIDE::contains);
  }

  /**
   * The type words of the declaration of the name used at {@code use}: the nearest one before it,
   * which is the one in scope in all but contrived code; empty when none is found.
   */
  List<String> declaredTypeOf(int use) {
    String name = tokens.get(use).text();
    for (int k = use - 1; k >= 0; k--) {
      if (tokens.get(k).is(name) && tokens.get(k).isIdentifier()) {
        int n = next(k);
        List<String> words = typeWords(k);
        if (!words.isEmpty() && n >= 0 && (is(n, "=") || is(n, ";") || is(n, ",") || is(n, ")"))
            && !words.contains("return")) {
          return words;
        }
      }
    }
    return List.of();
  }
}
