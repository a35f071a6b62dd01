package dev.kport.translator.opencl;

import dev.kport.translator.emit.SourceText;
import dev.kport.translator.lex.Token;
import dev.kport.translator.lex.TokenKind;
import dev.kport.translator.outline.Declaration;
import dev.kport.translator.outline.Tokens;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Versions a grid-stride loop for the launch that covers the whole range in one pass.
 *
 * <p>{@code for (int i = blockIdx.x * blockDim.x + threadIdx.x; i < n; i += blockDim.x * gridDim.x)}
 * runs its body once per thread when the grid has at least {@code n} threads, which is how such a
 * kernel is usually launched. CPU OpenCL drivers turn a work-group into a loop over its work-items
 * and vectorise that loop; a loop inside the kernel whose trip count differs between work-items
 * stops them (PoCL runs {@code vector_add} at a third of its bandwidth that way). The rule emits
 *
 * <pre>
 * if (STRIDE &gt;= N) for (int i = START; i &lt; N; i = N) BODY   // one trip: vectorisable
 * else for (int i = START; i &lt; N; i += STRIDE) BODY          // the loop as written
 * </pre>
 *
 * The condition is the same for every work-item, so the driver unswitches it out of its
 * work-item loop. Both arms compute what the original does: with {@code START >= 0} and
 * {@code STRIDE >= N} the second trip of the original starts at {@code START + STRIDE >= N}.
 * {@code continue} and {@code break} keep their meaning, since both arms are loops.
 *
 * <p>Applied only where that argument holds and is visible in the tokens: the start is built from
 * thread-index built-ins, literals, {@code +}, {@code *} and parentheses (never negative); the
 * bound and the stride have no calls, assignments or increments; the body neither writes the loop
 * variable nor any name in the bound or stride, takes no address of them, and holds no barrier,
 * warp function, label or {@code __shared__} declaration (which other rules move).
 */
final class GridStrideLoopRule {

  private static final Set<String> INDEX_BUILTINS = Set.of("threadIdx", "blockIdx", "blockDim", "gridDim");
  private static final Set<String> START_PUNCTUATION = Set.of("+", "*", "(", ")", ".");
  private static final Set<String> STRIDE_PUNCTUATION = Set.of("+", "*", "(", ")", ".", "-", "/", "<<");
  private static final Set<String> ASSIGNMENTS = Set.of("=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=",
      "<<=", ">>=");
  private static final Set<String> FORBIDDEN_IN_BODY = Set.of("__syncthreads", "__syncwarp", "__shared__",
      "goto", "asm", "__threadfence_block");

  private GridStrideLoopRule() {}

  /**
   * Finds the loops in the kernel's CUDA tokens and records the versioning. Call it after every
   * other rule has edited the body: it renders the translated loop and writes it twice.
   *
   * @param warpCall whether the identifier at an index is a call that needs every work-item
   */
  static void apply(SourceText text, Declaration.Function f, java.util.function.IntPredicate warpCall) {
    if (!f.hasBody() || !f.isKernel()) {
      return;
    }
    List<Token> tokens = text.tokens();
    int end = f.bodyClose();
    for (int j = f.bodyOpen() + 1; j < end; j++) {
      if (Tokens.is(tokens, j, "for")) {
        int last = tryVersion(text, j, end, warpCall);
        if (last > j) {
          j = last; // a loop nested in a versioned one is already written twice
        }
      }
    }
  }

  /** Versions the {@code for} at {@code at}; returns the index of its last token, or -1. */
  private static int tryVersion(SourceText text, int at, int limit, java.util.function.IntPredicate warpCall) {
    List<Token> tokens = text.tokens();
    int open = Tokens.nextSignificant(tokens, at + 1, limit);
    if (!Tokens.is(tokens, open, "(")) {
      return -1;
    }
    int close = Tokens.matching(tokens, open, limit);
    int semi1 = topLevel(tokens, open + 1, close, ";");
    int semi2 = semi1 < 0 ? -1 : topLevel(tokens, semi1 + 1, close, ";");
    if (semi2 < 0 || close >= limit) {
      return -1;
    }
    // init: [type...] i = START
    int eq = topLevel(tokens, open + 1, semi1, "=");
    if (eq < 0) {
      return -1;
    }
    int var = Tokens.previousSignificant(tokens, eq - 1, open + 1);
    if (var < 0 || !tokens.get(var).isIdentifier() || !typeWordsOnly(tokens, open + 1, var)) {
      return -1;
    }
    String name = tokens.get(var).text();
    if (!nonNegativeIndex(tokens, eq + 1, semi1)) {
      return -1;
    }
    // condition: i < N
    int condVar = Tokens.nextSignificant(tokens, semi1 + 1, semi2);
    int less = condVar < 0 ? -1 : Tokens.nextSignificant(tokens, condVar + 1, semi2);
    if (condVar < 0 || !tokens.get(condVar).is(name) || !Tokens.is(tokens, less, "<")
        || !sideEffectFree(tokens, less + 1, semi2, Set.of("+", "-", "*", "/", "(", ")", "."))) {
      return -1;
    }
    // step: i += STRIDE
    int stepVar = Tokens.nextSignificant(tokens, semi2 + 1, close);
    int plus = stepVar < 0 ? -1 : Tokens.nextSignificant(tokens, stepVar + 1, close);
    if (stepVar < 0 || !tokens.get(stepVar).is(name) || !Tokens.is(tokens, plus, "+=")
        || !sideEffectFree(tokens, plus + 1, close, STRIDE_PUNCTUATION) || !mentionsGridSize(tokens, plus + 1, close)) {
      return -1;
    }
    int bodyFirst = Tokens.nextSignificant(tokens, close + 1, limit);
    if (bodyFirst < 0) {
      return -1;
    }
    int bodyLast = statementEnd(tokens, bodyFirst, limit);
    if (bodyLast < 0) {
      return -1;
    }
    Set<String> guarded = new HashSet<>();
    guarded.add(name);
    identifiers(tokens, less + 1, semi2, guarded);
    identifiers(tokens, plus + 1, close, guarded);
    if (!bodyKeeps(tokens, bodyFirst, bodyLast, guarded, warpCall)) {
      return -1;
    }
    String bound = text.edits().render(less + 1, semi2).strip();
    String stride = text.edits().render(plus + 1, close).strip();
    String header = text.edits().render(at, semi2 + 1);
    String rest = text.edits().render(close, bodyLast + 1);
    String original = text.edits().render(at, bodyLast + 1);
    String oneTrip = header + " " + name + " = (" + bound + ")" + rest;
    text.edits().replace(at, bodyLast + 1, "/* kport: one trip when the grid covers the range */ if ((" + stride + ") >= (" + bound + ")) " + oneTrip
        + " else " + original);
    return bodyLast;
  }

  /** The first {@code what} at bracket depth 0 in {@code [from, to)}, or -1. */
  private static int topLevel(List<Token> tokens, int from, int to, String what) {
    int depth = 0;
    for (int j = from; j < to; j++) {
      Token t = tokens.get(j);
      if (Tokens.isOpener(t)) {
        depth++;
      } else if (Tokens.isCloser(t)) {
        depth--;
      } else if (depth == 0 && t.is(what)) {
        return j;
      }
    }
    return -1;
  }

  private static boolean typeWordsOnly(List<Token> tokens, int from, int to) {
    for (int j = from; j < to; j++) {
      Token t = tokens.get(j);
      if (!t.isTrivia() && !t.isIdentifier()) {
        return false;
      }
    }
    return true;
  }

  /** Thread-index built-ins, their components, integer literals, + * and parentheses only. */
  private static boolean nonNegativeIndex(List<Token> tokens, int from, int to) {
    boolean any = false;
    for (int j = from; j < to; j++) {
      Token t = tokens.get(j);
      if (t.isTrivia()) {
        continue;
      }
      boolean ok = t.isIdentifier() ? INDEX_BUILTINS.contains(t.text()) || isComponent(tokens, j)
          : t.kind() == TokenKind.NUMBER ? !t.text().contains("-") && !t.text().contains(".")
          : START_PUNCTUATION.contains(t.text());
      if (!ok) {
        return false;
      }
      any |= t.isIdentifier() && INDEX_BUILTINS.contains(t.text());
    }
    return any;
  }

  private static boolean isComponent(List<Token> tokens, int j) {
    String s = tokens.get(j).text();
    return (s.equals("x") || s.equals("y") || s.equals("z"))
        && Tokens.is(tokens, Tokens.previousSignificant(tokens, j - 1), ".");
  }

  /** Names, literals and the given punctuators only: no call, assignment, increment or comma. */
  private static boolean sideEffectFree(List<Token> tokens, int from, int to, Set<String> punctuation) {
    boolean any = false;
    for (int j = from; j < to; j++) {
      Token t = tokens.get(j);
      if (t.isTrivia()) {
        continue;
      }
      any = true;
      if (t.isIdentifier()) {
        int next = Tokens.nextSignificant(tokens, j + 1, to);
        if (Tokens.is(tokens, next, "(")) {
          return false; // a call
        }
      } else if (t.is(".")) {
        int before = Tokens.previousSignificant(tokens, j - 1, from);
        if (before < 0 || !INDEX_BUILTINS.contains(tokens.get(before).text())) {
          return false; // a member, which the body could change through another name
        }
      } else if (t.kind() != TokenKind.NUMBER && !punctuation.contains(t.text())) {
        return false;
      }
    }
    return any;
  }

  /** The stride a loop takes to cover a grid names {@code gridDim}; any other step is left alone. */
  private static boolean mentionsGridSize(List<Token> tokens, int from, int to) {
    for (int j = from; j < to; j++) {
      if (tokens.get(j).is("gridDim")) {
        return true;
      }
    }
    return false;
  }

  private static void identifiers(List<Token> tokens, int from, int to, Set<String> into) {
    for (int j = from; j < to; j++) {
      Token t = tokens.get(j);
      if (t.isIdentifier() && !INDEX_BUILTINS.contains(t.text()) && !isComponent(tokens, j)) {
        into.add(t.text());
      }
    }
  }

  /** The last token of the statement starting at {@code first}: a block, or up to its {@code ;}. */
  private static int statementEnd(List<Token> tokens, int first, int limit) {
    if (tokens.get(first).is("{")) {
      int end = Tokens.matching(tokens, first, limit);
      return end < limit ? end : -1;
    }
    if (tokens.get(first).isIdentifier() && Set.of("if", "for", "while", "do", "switch").contains(tokens.get(first).text())) {
      return -1; // an unbraced compound statement: not worth the parse
    }
    int semi = topLevel(tokens, first, limit, ";");
    return semi;
  }

  private static boolean bodyKeeps(List<Token> tokens, int first, int last, Set<String> guarded,
      java.util.function.IntPredicate warpCall) {
    for (int j = first; j <= last; j++) {
      Token t = tokens.get(j);
      if (t.isIdentifier()) {
        if (FORBIDDEN_IN_BODY.contains(t.text()) || warpCall.test(j)) {
          return false;
        }
        int next = Tokens.nextSignificant(tokens, j + 1, last + 1);
        if (Tokens.is(tokens, next, ":") && !Tokens.is(tokens, Tokens.previousSignificant(tokens, j - 1), "?")
            && !Tokens.is(tokens, Tokens.previousSignificant(tokens, j - 1), "case")) {
          return false; // a label
        }
        if (guarded.contains(t.text()) && written(tokens, j, first, last)) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether the name at {@code j} is assigned, incremented or has its address taken. */
  private static boolean written(List<Token> tokens, int j, int first, int last) {
    int prev = Tokens.previousSignificant(tokens, j - 1, first);
    if (prev >= 0) {
      Token p = tokens.get(prev);
      if (p.is(".") || p.is("->")) {
        return false; // a member of the same name
      }
      if (p.is("++") || p.is("--") || p.is("&")) {
        return true; // &x taken conservatively, even where '&' is binary
      }
    }
    int next = Tokens.nextSignificant(tokens, j + 1, last + 1);
    if (next < 0) {
      return false;
    }
    Token n = tokens.get(next);
    return n.is("++") || n.is("--") || ASSIGNMENTS.contains(n.text());
  }
}
