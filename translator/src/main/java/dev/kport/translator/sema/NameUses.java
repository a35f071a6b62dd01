package dev.kport.translator.sema;

import dev.kport.translator.parse.tree.Expr;
import java.util.function.BiConsumer;

/**
 * The symbol each resolved name refers to: a map keyed by the name node itself (two nodes with
 * the same text are different uses), hashed by the node's last token. An identity map hashed
 * each node by its identity hash, which the JVM makes and stores in the object the first time
 * it is asked: for the thousands of names a file resolves that was most of the cost of the map.
 * Open addressing, linear probing, up to three quarters full (the last tokens of names spread
 * well); no entry objects.
 */
final class NameUses {

  private Expr.Name[] names;
  private Symbol[] symbols;
  private int size;

  NameUses(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected)) * 2; // a power of two, at most 3/4 full
    names = new Expr.Name[capacity];
    symbols = new Symbol[capacity];
  }

  Symbol get(Expr.Name name) {
    int mask = names.length - 1;
    for (int i = slot(name.last(), mask); names[i] != null; i = (i + 1) & mask) {
      if (names[i] == name) {
        return symbols[i];
      }
    }
    return null;
  }

  /** Maps {@code name} to {@code symbol}, replacing what it mapped to before. */
  void put(Expr.Name name, Symbol symbol) {
    int mask = names.length - 1;
    int i = slot(name.last(), mask);
    while (names[i] != null) {
      if (names[i] == name) {
        symbols[i] = symbol;
        return;
      }
      i = (i + 1) & mask;
    }
    names[i] = name;
    symbols[i] = symbol;
    if (++size * 4 > names.length * 3) {
      grow();
    }
  }

  /** Every name and its symbol, in no particular order. */
  void forEach(BiConsumer<Expr.Name, Symbol> action) {
    for (int i = 0; i < names.length; i++) {
      if (names[i] != null) {
        action.accept(names[i], symbols[i]);
      }
    }
  }

  private void grow() {
    Expr.Name[] oldNames = names;
    Symbol[] oldSymbols = symbols;
    names = new Expr.Name[oldNames.length * 2];
    symbols = new Symbol[names.length];
    int mask = names.length - 1;
    for (int j = 0; j < oldNames.length; j++) {
      if (oldNames[j] != null) {
        int i = slot(oldNames[j].last(), mask);
        while (names[i] != null) {
          i = (i + 1) & mask;
        }
        names[i] = oldNames[j];
        symbols[i] = oldSymbols[j];
      }
    }
  }

  private static int slot(int token, int mask) {
    int x = token * 0x9E3779B1;
    return (x ^ (x >>> 16)) & mask;
  }
}
