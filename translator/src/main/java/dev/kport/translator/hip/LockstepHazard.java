package dev.kport.translator.hip;

import dev.kport.translator.diag.Code;
import dev.kport.translator.lex.Token;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Warp-synchronous code: lanes that pass values to each other through shared or {@code volatile}
 * memory in steps with no barrier between them, as in the classic unrolled reduction
 * {@code if (tid < 32) { s[tid] += s[tid + 32]; s[tid] += s[tid + 16]; ... }}. That is right only
 * while a warp's lanes run in lockstep, which CUDA stopped promising with Volta and HIP never did.
 *
 * <p>A step is an assignment to {@code a[i]}, where {@code i} is about the thread ({@link ThreadNames}),
 * that reads {@code a} at another index. Two steps in a function with no {@code __syncthreads},
 * {@code __syncwarp} or {@code .sync()} between them, or one step in a loop whose body has none,
 * are reported at the first step.
 */
final class LockstepHazard {

  private static final Set<String> SYNCS = Set.of("__syncthreads", "__syncthreads_count", "__syncthreads_and",
      "__syncthreads_or", "__syncwarp", "sync");
  private static final Set<String> ASSIGN = Set.of("=", "+=", "-=", "*=", "/=", "|=", "&=", "^=", "<<=", ">>=");

  private final HazardContext c;
  private final Set<String> exchanged = new HashSet<>();
  private final Set<String> volatiles = new HashSet<>();
  private final Set<Integer> reported = new HashSet<>();

  private LockstepHazard(HazardContext c) {
    this.c = c;
  }

  static void scan(HazardContext c) {
    LockstepHazard h = new LockstepHazard(c);
    h.collectArrays();
    for (int i = 0; i < c.tokens.size(); i++) {
      if (c.is(i, "{") && c.is(c.previous(i), ")")) {
        int close = Tokens.matchingClose(c.tokens, i);
        if (close < 0) {
          return;
        }
        h.body(i, close);
        i = close;
      }
    }
  }

  /** Names declared {@code __shared__} or {@code volatile}: the memory lanes exchange values through. */
  private void collectArrays() {
    for (int i = 0; i < c.tokens.size(); i++) {
      if (c.is(i, "__shared__") || c.is(i, "volatile")) {
        int name = -1;
        for (int k = c.next(i); k >= 0 && (c.token(k).isIdentifier() || c.is(k, "*")); k = c.next(k)) {
          name = c.token(k).isIdentifier() ? k : name;
        }
        if (name >= 0) {
          exchanged.add(c.token(name).text());
          if (c.is(i, "volatile")) {
            volatiles.add(c.token(name).text());
          }
        }
      }
    }
  }

  /** Steps through the same memory, in order, with no barrier since the previous one. */
  private void body(int open, int close) {
    Map<String, Integer> pending = new HashMap<>();
    for (int i = open + 1; i < close; i++) {
      Token t = c.token(i);
      if (t.isIdentifier() && SYNCS.contains(t.text()) && c.is(c.next(i), "(")) {
        pending.clear();
      } else if ((t.is("for") || t.is("while")) && c.is(c.next(i), "(")) {
        loop(i);
      } else if (isStep(i)) {
        Integer first = pending.putIfAbsent(t.text(), i);
        if (first != null) {
          report(first); // once for a run of steps: at its first
        }
        i = endOfStatement(i);
      }
    }
  }

  /** A loop whose body holds a step and no barrier repeats the step unordered. */
  private void loop(int keyword) {
    int head = Tokens.matchingClose(c.tokens, c.next(keyword));
    int first = head < 0 ? -1 : c.next(head);
    if (first < 0) {
      return;
    }
    int end = c.is(first, "{") ? Tokens.matchingClose(c.tokens, first) : endOfStatement(first);
    int step = -1;
    for (int k = first; end >= 0 && k <= end; k++) {
      if (c.token(k).isIdentifier() && SYNCS.contains(c.token(k).text()) && c.is(c.next(k), "(")) {
        return;
      }
      if (step < 0 && isStep(k)) {
        step = k;
      }
    }
    if (step >= 0) {
      report(step);
    }
  }

  /** {@code a[i] op= ... a[j] ...} with {@code i} about the thread and {@code j} written differently. */
  private boolean isStep(int i) {
    Token t = c.token(i);
    if (!t.isIdentifier() || !exchanged.contains(t.text()) || !c.is(c.next(i), "[")
        || c.is(c.previous(i), ".") || c.is(c.previous(i), "->")) {
      return false;
    }
    int open = c.next(i);
    int close = Tokens.matchingClose(c.tokens, open);
    int op = close < 0 ? -1 : c.next(close);
    if (op < 0 || !ASSIGN.contains(c.token(op).text()) || !c.mentionsThreads(open + 1, close - 1)) {
      return false;
    }
    String index = text(open + 1, close - 1);
    int end = endOfStatement(op);
    for (int k = op + 1; k < end; k++) {
      if (c.token(k).is(t.text()) && c.is(c.next(k), "[")) {
        int o = c.next(k);
        int cl = Tokens.matchingClose(c.tokens, o);
        if (cl > 0 && !text(o + 1, cl - 1).equals(index)) {
          return true;
        }
      }
    }
    return false;
  }

  private void report(int step) {
    if (reported.add(step)) {
      String name = c.token(step).text();
      c.report(Code.HIP_WARP_LOCKSTEP, step, "lanes exchange values through " + name
          + " with no barrier between the steps: this relies on a warp's lanes running in lockstep"
          + (volatiles.contains(name) ? "" : ", and without volatile the compiler may keep them in registers"));
    }
  }

  private int endOfStatement(int i) {
    int depth = 0;
    for (int k = i; k < c.tokens.size(); k++) {
      if (c.is(k, "(") || c.is(k, "[") || c.is(k, "{")) {
        depth++;
      } else if (c.is(k, ")") || c.is(k, "]") || c.is(k, "}")) {
        if (depth-- == 0) {
          return k;
        }
      } else if (c.is(k, ";") && depth == 0) {
        return k;
      }
    }
    return c.tokens.size() - 1;
  }

  private String text(int from, int to) {
    StringBuilder s = new StringBuilder();
    for (int k = from; k <= to; k++) {
      if (!c.token(k).isTrivia()) {
        s.append(c.token(k).text());
      }
    }
    return s.toString();
  }
}
