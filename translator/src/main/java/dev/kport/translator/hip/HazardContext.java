package dev.kport.translator.hip;

import dev.kport.translator.diag.Code;
import dev.kport.translator.diag.Diagnostic;
import dev.kport.translator.lex.Token;
import dev.kport.translator.lex.TokenKind;
import dev.kport.translator.lex.TokenList;
import java.util.List;

/**
 * What every hazard check reads (the file's tokens and what is known of its thread-derived names)
 * and where it reports, with the operand walks the checks share.
 */
final class HazardContext {

  final List<Token> tokens;
  /** The same tokens as the lexer's arrays: the walk reads kinds, characters and spelling numbers, and makes no tokens. */
  final TokenList list;
  final ThreadNames names;
  private final HipTranslator.Located where;
  private final List<Diagnostic> diagnostics;

  HazardContext(TokenList tokens, HipTranslator.Located where, List<Diagnostic> diagnostics) {
    this.tokens = tokens;
    this.list = tokens;
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
    char c = list.punctuator(i);
    if (c == '{') {
      depth++;
      if (function < 0 && is(previous(i), ")")) {
        function = i;
        functionDepth = depth;
      }
    } else if (c == '}') {
      if (function >= 0 && depth == functionDepth) {
        function = -1;
      }
      depth--;
    }
  }

  Token token(int i) {
    return tokens.get(i);
  }

  /** {@code token(i).kind()}, without making the token. */
  TokenKind kind(int i) {
    return list.kind(i);
  }

  /** {@code token(i).isIdentifier()}, without making the token. */
  boolean isIdentifier(int i) {
    return list.kind(i) == TokenKind.IDENTIFIER;
  }

  /** {@code token(i).is(text)}, without making the token; fails on an index out of range, as {@link #token} does. */
  boolean at(int i, String text) {
    return list.textIs(i, text);
  }

  /** {@code token(i).text()}: for a name, the file's one instance of its spelling, so nothing is made. */
  String text(int i) {
    return list.kind(i) == TokenKind.IDENTIFIER ? list.spellings().text(list.nameId(i)) : list.text(i);
  }

  /** The spelling number of the identifier at {@code i}, for checks that decide once per distinct name. */
  int nameId(int i) {
    if (i != lastNamed) { // the walk's name is asked for by several checks in turn
      lastId = list.nameId(i);
      lastNamed = i;
    }
    return lastId;
  }

  private int lastNamed = -1;
  private int lastId;

  /** Index of the first significant token after {@code i}, or -1; every check asks this of the walk's token. */
  int next(int i) {
    if (i != lastAsked) {
      lastAsked = i;
      lastNext = list.nextSignificant(i + 1);
    }
    return lastNext;
  }

  private int lastAsked = Integer.MIN_VALUE;
  private int lastNext;

  int previous(int i) {
    return list.previousSignificant(i - 1);
  }

  boolean is(int i, String text) {
    return i >= 0 && i < list.size() && list.textIs(i, text);
  }

  void report(Code code, int i, String message) {
    diagnostics.add(code.at(where.file(), where.line(tokens, i), where.column(tokens, i), message));
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
      char close = list.punctuator(k);
      if (close == ')' || close == ']') {
        k = Tokens.matchingOpen(tokens, k);
        if (k < 0) {
          return -1;
        }
        int p = previous(k);
        boolean subscripted = close == ']' && p >= 0
            && (isIdentifier(p) || at(p, "]") || at(p, ")"));
        boolean called = close == ')' && p >= 0 && isIdentifier(p) && !isKeyword(p);
        if (subscripted || called) {
          k = p;
          continue;
        }
        return k;
      }
      if (isIdentifier(k) || kind(k) == TokenKind.NUMBER) {
        int p = previous(k);
        if (p >= 0 && (at(p, ".") || at(p, "->"))) {
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
    if (at(k, "(")) {
      return Tokens.matchingClose(tokens, k);
    }
    if (!isIdentifier(k) && kind(k) != TokenKind.NUMBER) {
      return -1;
    }
    while (true) {
      int n = next(k);
      if (n >= 0 && (at(n, ".") || at(n, "->")) && next(n) >= 0) {
        k = next(n);
      } else if (n >= 0 && (at(n, "[") || at(n, "("))) {
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
      if (isIdentifier(k) && names.isThreadish(nameId(k))) {
        return true;
      }
    }
    return false;
  }

  /** Whether tokens {@code from..to} (inclusive) hold a name for a warp (its index or count). */
  boolean mentionsWarps(int from, int to) {
    for (int k = Math.max(from, 0); k <= to && k < tokens.size(); k++) {
      if (isIdentifier(k) && ThreadNames.isWarpish(text(k))) {
        return true;
      }
    }
    return false;
  }

  /** Index of the first token of the statement holding token {@code i}. */
  int statementStart(int i) {
    for (int k = i - 1; k >= 0; k--) {
      char c = list.punctuator(k);
      if (c == ';' || c == '{' || c == '}' || list.kind(k) == TokenKind.DIRECTIVE) {
        return k + 1;
      }
    }
    return 0;
  }

  /** Whether the statement up to token {@code i} has the identifier {@code word}. */
  boolean statementHas(int i, String word) {
    for (int k = statementStart(i); k < i; k++) {
      if (at(k, word)) {
        return true;
      }
    }
    return false;
  }

  private boolean isKeyword(int i) {
    return switch (text(i)) {
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
    for (int k = previous(name); k >= 0 && isIdentifier(k); k = previous(k)) {
      words.add(0, text(k));
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

  /** {@code isNarrow(typeWords(name))}, without collecting the words: every declaration in a file asks it. */
  private boolean isNarrowType(int name) {
    boolean narrow = false;
    boolean wide = false;
    for (int k = previous(name); k >= 0 && isIdentifier(k); k = previous(k)) {
      int word = typeWord(nameId(k));
      narrow |= (word & NARROW_WORD) != 0;
      wide |= (word & WIDE_WORD) != 0;
    }
    return narrow && !wide;
  }

  /** By spelling number, whether the name is in {@link #NARROW} or {@link #WIDE}: worked out once per name, not per declaration. */
  private byte[] typeWords;
  private static final byte NARROW_WORD = 1;
  private static final byte WIDE_WORD = 2;
  private static final byte TYPE_WORD_KNOWN = 4;

  private int typeWord(int id) {
    if (typeWords == null) {
      typeWords = new byte[list.spellings().size()];
    }
    if (typeWords[id] == 0) {
      String word = list.spellings().text(id);
      typeWords[id] = (byte) (TYPE_WORD_KNOWN | (NARROW.contains(word) ? NARROW_WORD : 0)
          | (WIDE.contains(word) ? WIDE_WORD : 0));
    }
    return typeWords[id];
  }

  /**
   * By spelling number, whether each name was last declared, before the walk's position, with a
   * 32-bit integer type: 0 not declared yet, else {@link #NARROW_DECLARED} or {@link #WIDE_DECLARED}.
   */
  private byte[] narrowDeclared;
  private static final byte NARROW_DECLARED = 1;
  private static final byte WIDE_DECLARED = 2;

  /** Follows the walk over an identifier: {@code unsigned m;}, {@code int b = ...}, {@code (uint32_t x,}. */
  void identifier(int i) {
    int n = next(i);
    char after = n < 0 ? 0 : list.punctuator(n); // these four are always one-character punctuators
    if (after != '=' && after != ';' && after != ',' && after != ')') {
      return;
    }
    int p = previous(i);
    if (p >= 0 && isIdentifier(p) && !at(p, "return")) {
      if (narrowDeclared == null) {
        narrowDeclared = new byte[list.spellings().size()];
      }
      narrowDeclared[nameId(i)] = isNarrowType(i) ? NARROW_DECLARED : WIDE_DECLARED;
    }
  }

  /** Whether the name at {@code use} was declared, before it, with a 32-bit integer type. */
  boolean declaredNarrow(int use) {
    return narrowDeclared != null && narrowDeclared[nameId(use)] == NARROW_DECLARED;
  }
}
