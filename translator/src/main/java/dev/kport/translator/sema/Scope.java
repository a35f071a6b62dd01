package dev.kport.translator.sema;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The nested scopes of one walk (file, function, block, class) as one map from a name to its
 * innermost declaration. Resolving a name is the commonest thing sema does, and most names a
 * kernel uses ({@code threadIdx}, {@code __syncthreads}) are declared nowhere: a map per level
 * cost one failed lookup per level for each of them; here it is one lookup. Leaving a level
 * puts back what its declarations hid.
 */
final class Scope {

  /** A declaration and the one of the same name it hides, if any. */
  private static final class Binding {
    final Symbol symbol;
    final Binding hidden;
    final int level;

    Binding(Symbol symbol, Binding hidden, int level) {
      this.symbol = symbol;
      this.hidden = hidden;
      this.level = level;
    }
  }

  private final Map<String, Binding> visible = new HashMap<>(256);
  /** Names declared above file scope, innermost last: what leaving a level undoes. */
  private String[] undo = new String[64];
  private int undoSize;
  /** For each open level, where its names start in {@link #undo}. */
  private int[] marks = new int[16];
  private int levels;
  private final Map<String, Symbol> fileScope = new HashMap<>(128);

  /** 0 at file scope. */
  int level() {
    return levels;
  }

  void push() {
    if (levels == marks.length) {
      marks = Arrays.copyOf(marks, levels * 2);
    }
    marks[levels++] = undoSize;
  }

  void pop() {
    int from = marks[--levels];
    while (undoSize > from) {
      String name = undo[--undoSize];
      undo[undoSize] = null;
      Binding b = visible.get(name);
      if (b.hidden == null) {
        visible.remove(name);
      } else {
        visible.put(name, b.hidden);
      }
    }
  }

  /** Leaves every level above {@code level}. */
  void popTo(int level) {
    while (levels > level) {
      pop();
    }
  }

  void declare(Symbol s) {
    String name = s.name();
    int level = levels;
    Binding old = visible.get(name);
    if (old != null && old.level == level) {
      visible.put(name, new Binding(s, old.hidden, level)); // redeclared at the same level: replaced
    } else {
      visible.put(name, new Binding(s, old, level));
      if (level > 0) {
        if (undoSize == undo.length) {
          undo = Arrays.copyOf(undo, undoSize * 2);
        }
        undo[undoSize++] = name;
      }
    }
    if (level == 0) {
      fileScope.put(name, s);
    }
  }

  /** The innermost declaration of {@code name}, or null. */
  Symbol lookup(String name) {
    Binding b = visible.get(name);
    return b == null ? null : b.symbol;
  }

  /** The file-scope declaration of {@code name}, or null, whatever hides it here. */
  Symbol lookupFileScope(String name) {
    return fileScope.get(name);
  }
}
