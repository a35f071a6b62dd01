package dev.kport.translator.sema;

import dev.kport.translator.parse.tree.Expr;
import java.util.Arrays;
import java.util.function.BiConsumer;

/**
 * The symbol each resolved name refers to, keyed by the name node itself (two nodes with the
 * same text are different uses). Uses are kept in lists in the order the walk resolves them,
 * which is nearly always the order of their last tokens; a thread's scratch array indexed by
 * token tells whether a token already holds a use, so a use costs no hashing or probing. The
 * scratch array holds ints, not nodes: storing young nodes into a long-lived array would cost a
 * garbage-collector barrier per use. Queries search the lists by last token. Two nodes ending at
 * the same token, which the parser does not make for ordinary code, go to a small overflow list.
 */
final class NameUses {

  /** A thread's scratch array between files, all zeros; sized for the largest file it kept. */
  private static final ThreadLocal<int[]> SPARE = new ThreadLocal<>();
  /** Scratch arrays grown past this many tokens by an unusual file are not kept. */
  private static final int LARGEST_KEPT = 1 << 22;

  private static final Expr.Name[] NO_NAMES = {};
  private static final Symbol[] NO_SYMBOLS = {};

  /** Only during the walk: for each token, 1 + the index of the use ending there, or 0. */
  private int[] entryAt;
  /** The uses; in order of their last tokens once {@link #compact} ran. */
  private Expr.Name[] names;
  private Symbol[] symbols;
  private int size;
  /** Whether the uses were put in order of their last tokens so far, and the last one's token. */
  private boolean sorted = true;
  private int lastToken = -1;
  /** Uses whose last token an earlier use already holds, in the order they were put. */
  private Expr.Name[] extraNames = NO_NAMES;
  private Symbol[] extraSymbols = NO_SYMBOLS;
  private int extraSize;

  NameUses(int tokens) {
    int[] spare = SPARE.get();
    if (spare == null) {
      spare = new int[Math.max(16, tokens)];
    } else {
      SPARE.set(null); // an analysis started while this one runs gets its own
    }
    entryAt = spare;
    int expected = Math.max(16, tokens / 8); // about one name use in eight tokens
    names = new Expr.Name[expected];
    symbols = new Symbol[expected];
  }

  Symbol get(Expr.Name name) {
    int i = indexOf(name.last());
    if (i >= 0 && names[i] == name) {
      return symbols[i];
    }
    for (int j = 0; j < extraSize; j++) {
      if (extraNames[j] == name) {
        return extraSymbols[j];
      }
    }
    return null;
  }

  /** Maps {@code name} to {@code symbol}, replacing what it mapped to before. Only during the walk. */
  void put(Expr.Name name, Symbol symbol) {
    int t = name.last();
    if (t < 0) {
      putExtra(name, symbol);
      return;
    }
    if (t >= entryAt.length) {
      entryAt = Arrays.copyOf(entryAt, Math.max(t + 1, entryAt.length * 2));
    }
    int e = entryAt[t] - 1;
    if (e < 0) {
      append(t, name, symbol);
    } else if (names[e] == name) {
      symbols[e] = symbol;
    } else {
      putExtra(name, symbol);
    }
  }

  private void append(int token, Expr.Name name, Symbol symbol) {
    if (size == names.length) {
      int n = size * 2;
      names = Arrays.copyOf(names, n);
      symbols = Arrays.copyOf(symbols, n);
    }
    if (token < lastToken) {
      sorted = false;
    }
    lastToken = token;
    names[size] = name;
    symbols[size] = symbol;
    entryAt[token] = ++size;
  }

  private void putExtra(Expr.Name name, Symbol symbol) {
    for (int j = 0; j < extraSize; j++) {
      if (extraNames[j] == name) {
        extraSymbols[j] = symbol;
        return;
      }
    }
    if (extraSize == extraNames.length) {
      int n = Math.max(4, extraSize * 2);
      extraNames = Arrays.copyOf(extraNames, n);
      extraSymbols = Arrays.copyOf(extraSymbols, n);
    }
    extraNames[extraSize] = name;
    extraSymbols[extraSize] = symbol;
    extraSize++;
  }

  /**
   * Ends the walk: puts the uses in order of their last tokens (when the walk did not already),
   * zeroes the scratch array and gives it back to the thread for its next file.
   */
  void compact() {
    int[] scratch = entryAt;
    entryAt = null;
    if (!sorted) {
      sortByToken(scratch);
    }
    for (int i = 0; i < size; i++) {
      scratch[names[i].last()] = 0;
    }
    if (scratch.length <= LARGEST_KEPT) {
      SPARE.set(scratch);
    }
  }

  /** Reorders the uses by last token, reading them off the scratch array in token order. */
  private void sortByToken(int[] scratch) {
    int lowest = Integer.MAX_VALUE;
    int highest = -1;
    for (int i = 0; i < size; i++) {
      lowest = Math.min(lowest, names[i].last());
      highest = Math.max(highest, names[i].last());
    }
    Expr.Name[] sortedNames = new Expr.Name[size];
    Symbol[] sortedSymbols = new Symbol[size];
    int k = 0;
    for (int t = lowest; t <= highest; t++) {
      int e = scratch[t] - 1;
      if (e >= 0) {
        sortedNames[k] = names[e];
        sortedSymbols[k] = symbols[e];
        k++;
      }
    }
    names = sortedNames;
    symbols = sortedSymbols;
  }

  /** The index of the use whose last token is {@code token}, or -1: a binary search of the sorted uses. */
  private int indexOf(int token) {
    int lo = 0;
    int hi = size - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int t = names[mid].last();
      if (t < token) {
        lo = mid + 1;
      } else if (t > token) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** Every name and its symbol: in token order, then the overflow uses in the order they were put. */
  void forEach(BiConsumer<Expr.Name, Symbol> action) {
    for (int i = 0; i < size; i++) {
      action.accept(names[i], symbols[i]);
    }
    for (int j = 0; j < extraSize; j++) {
      action.accept(extraNames[j], extraSymbols[j]);
    }
  }
}
