package dev.kport.translator.hip;

import dev.kport.translator.diag.Code;
import dev.kport.translator.lex.Token;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
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

  private static final Set<String> ASSIGN = Set.of("=", "+=", "-=", "*=", "/=", "|=", "&=", "^=", "<<=", ">>=");

  private final HazardContext c;
  private final Set<String> exchanged = new HashSet<>();
  private final Set<String> volatiles = new HashSet<>();
  /** {@link #exchanged} by spelling number, for the test at every name; null while empty. */
  private boolean[] exchangedIds;
  private final Set<Integer> reported = new HashSet<>();
  /** Seen in the walk, in order: {token, enclosing function body}. */
  private final List<int[]> steps = new ArrayList<>();
  private final List<Integer> syncs = new ArrayList<>();
  private final Map<Integer, List<Integer>> loopsByFunction = new HashMap<>();

  private LockstepHazard(HazardContext c) {
    this.c = c;
  }

  static Hazard in(HazardContext c) {
    LockstepHazard h = new LockstepHazard(c);
    return new Hazard() {
      @Override
      public void identifier(int i) {
        h.identifier(i);
      }

      @Override
      public void finish() {
        h.unorderedRuns();
        h.unorderedLoops();
      }
    };
  }

  private static final byte OTHER = 1;
  private static final byte DECLARES = 2;
  private static final byte SYNC = 3;
  private static final byte LOOP = 4;

  /** What each distinct name is to this check, by spelling number (0 until first met). */
  private byte[] roles;

  private void identifier(int i) {
    switch (role(i)) {
      case DECLARES -> declared(i);
      case SYNC -> {
        if (c.is(c.next(i), "(")) {
          syncs.add(i);
        }
      }
      case LOOP -> {
        if (c.is(c.next(i), "(") && c.function() >= 0) {
          loopsByFunction.computeIfAbsent(c.function(), f -> new ArrayList<>()).add(i);
        }
      }
      default -> {
        if (c.function() >= 0 && exchangedIds != null && exchangedIds[c.nameId(i)] && isStep(i)) {
          steps.add(new int[] {i, c.function()});
        }
      }
    }
  }

  /** The role of the name at {@code i}, worked out once per spelling. */
  private byte role(int i) {
    if (roles == null) {
      roles = new byte[c.list.spellings().size()];
    }
    int id = c.nameId(i);
    if (roles[id] == 0) {
      roles[id] = switch (c.text(i)) {
        case "__shared__", "volatile" -> DECLARES;
        case "__syncthreads", "__syncthreads_count", "__syncthreads_and", "__syncthreads_or", "__syncwarp", "sync" ->
            SYNC;
        case "for", "while" -> LOOP;
        default -> OTHER;
      };
    }
    return roles[id];
  }

  /** A name declared {@code __shared__} or {@code volatile}: memory lanes exchange values through. */
  private void declared(int i) {
    int name = -1;
    for (int k = c.next(i); k >= 0 && (c.isIdentifier(k) || c.is(k, "*")); k = c.next(k)) {
      name = c.isIdentifier(k) ? k : name;
    }
    if (name >= 0) {
      exchanged.add(c.text(name));
      if (exchangedIds == null) {
        exchangedIds = new boolean[c.list.spellings().size()];
      }
      exchangedIds[c.nameId(name)] = true;
      if (c.is(i, "volatile")) {
        volatiles.add(c.text(name));
      }
    }
  }

  /** Steps through the same memory in one function with no barrier since the previous one: reported at the run's first. */
  private void unorderedRuns() {
    Map<String, int[]> run = new HashMap<>(); // function and name -> {first step of the run, latest step}
    for (int[] step : steps) {
      String key = step[1] + " " + c.text(step[0]);
      int[] r = run.get(key);
      if (r != null && !syncBetween(r[1], step[0])) {
        report(r[0]);
        r[1] = step[0];
      } else {
        run.put(key, new int[] {step[0], step[0]});
      }
    }
  }

  /** A loop whose body holds a step and no barrier repeats the step unordered. */
  private void unorderedLoops() {
    Map<Integer, Integer> ends = new HashMap<>();
    for (int[] step : steps) {
      for (int loop : loopsByFunction.getOrDefault(step[1], List.of())) {
        if (loop > step[0]) {
          break;
        }
        int end = ends.computeIfAbsent(loop, this::loopEnd);
        if (step[0] < end && !syncBetween(loop, end)) {
          report(step[0]);
        }
      }
    }
  }

  /** The last token of the body of the loop whose keyword is at {@code keyword}, or -1. */
  private int loopEnd(int keyword) {
    int head = Tokens.matchingClose(c.tokens, c.next(keyword));
    int first = head < 0 ? -1 : c.next(head);
    if (first < 0) {
      return -1;
    }
    return c.is(first, "{") ? Tokens.matchingClose(c.tokens, first) : endOfStatement(first);
  }

  private boolean syncBetween(int from, int to) {
    int at = Collections.binarySearch(syncs, from);
    int next = at >= 0 ? at : -at - 1;
    return next < syncs.size() && syncs.get(next) < to;
  }

  /** {@code a[i] op= ... a[j] ...} with {@code i} about the thread and {@code j} written differently. */
  private boolean isStep(int i) {
    String name = c.text(i);
    if (!c.isIdentifier(i) || !exchanged.contains(name) || !c.is(c.next(i), "[")
        || c.is(c.previous(i), ".") || c.is(c.previous(i), "->")) {
      return false;
    }
    int open = c.next(i);
    int close = Tokens.matchingClose(c.tokens, open);
    int op = close < 0 ? -1 : c.next(close);
    if (op < 0 || !ASSIGN.contains(c.text(op)) || !c.mentionsThreads(open + 1, close - 1)) {
      return false;
    }
    String index = text(open + 1, close - 1);
    int end = endOfStatement(op);
    for (int k = op + 1; k < end; k++) {
      if (c.at(k, name) && c.is(c.next(k), "[")) {
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
      String name = c.text(step);
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
      if (!c.kind(k).isTrivia()) {
        s.append(c.text(k));
      }
    }
    return s.toString();
  }
}
