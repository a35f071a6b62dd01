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
    this.names = new ThreadNames(tokens);
  }

  /** The {@code {} of the function body the walk is in, or -1 outside function bodies. */
  int function() {
    return function;
  }

  private int function = -1;
  private int depth;
  private int functionDepth;

  /** Follows the walk over a brace: a {@code {} after {@code )} at no function's depth opens a body. */
  void brace(int i) {
    if (tokens.get(i).is("{")) {
      depth++;
      if (function < 0 && is(previous(i), ")")) {
        function = i;
        functionDepth = depth;
      }
    } else if (tokens.get(i).is("}")) {
      if (function >= 0 && depth == functionDepth) {
        function = -1;
      }
      depth--;
    }
  }

  Token token(int i) {
    return tokens.get(i);
  }

  /** Index of the first significant token after {@code i}, or -1; every check asks this of the walk's token. */
  int next(int i) {
    if (i != lastAsked) {
      lastAsked = i;
      lastNext = Tokens.nextSignificant(tokens, i + 1);
    }
    return lastNext;
  }

  private int lastAsked = Integer.MIN_VALUE;
  private int lastNext;

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

  /** Whether each name was last declared, before the walk's position, with a 32-bit integer type. */
  private final java.util.Map<String, Boolean> narrowDeclared = new java.util.HashMap<>();

  /** Follows the walk over an identifier: {@code unsigned m;}, {@code int b = ...}, {@code (uint32_t x,}. */
  void identifier(int i) {
    int n = next(i);
    if (n < 0 || tokens.get(n).text().length() != 1 || "=;,)".indexOf(tokens.get(n).text().charAt(0)) < 0) {
      return;
    }
    int p = previous(i);
    if (p >= 0 && tokens.get(p).isIdentifier() && !tokens.get(p).is("return")) {
      narrowDeclared.put(tokens.get(i).text(), isNarrow(typeWords(i)));
    }
  }

  /** Whether the name at {@code use} was declared, before it, with a 32-bit integer type. */
  boolean declaredNarrow(int use) {
    return narrowDeclared.getOrDefault(tokens.get(use).text(), false);
  }
}
