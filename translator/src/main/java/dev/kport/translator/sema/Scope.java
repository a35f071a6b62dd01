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

  /**
   * Name to innermost binding, open addressing with linear probing. A name, once in, keeps its
   * slot (with a null binding when nothing declares it now), so leaving a level never deletes;
   * the slots grow with the distinct names a file declares. No entry objects, and the name is
   * most often the very instance asked for (the parser shares one per spelling).
   */
  private String[] keys = new String[256];
  private int[] hashes = new int[256];
  private Binding[] bindings = new Binding[256];
  private int used;
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
      int i = slot(name);
      bindings[i] = bindings[i].hidden;
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
    int i = slot(name);
    if (keys[i] == null) {
      i = add(i, name);
    }
    Binding old = bindings[i];
    if (old != null && old.level == level) {
      bindings[i] = new Binding(s, old.hidden, level); // redeclared at the same level: replaced
    } else {
      bindings[i] = new Binding(s, old, level);
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
    Binding b = bindings[slot(name)];
    return b == null ? null : b.symbol;
  }

  /** The slot of {@code name}, or the empty slot where it would go. */
  private int slot(String name) {
    int h = name.hashCode();
    int mask = keys.length - 1;
    int i = mix(h) & mask;
    while (true) {
      String k = keys[i];
      if (k == null || k == name || (hashes[i] == h && k.equals(name))) {
        return i;
      }
      i = (i + 1) & mask;
    }
  }

  /** Puts {@code name} in the empty slot {@code i}; its slot afterwards (the table may have grown). */
  private int add(int i, String name) {
    keys[i] = name;
    hashes[i] = name.hashCode();
    if (++used * 2 <= keys.length) {
      return i;
    }
    String[] oldKeys = keys;
    int[] oldHashes = hashes;
    Binding[] oldBindings = bindings;
    keys = new String[oldKeys.length * 2];
    hashes = new int[keys.length];
    bindings = new Binding[keys.length];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != null) {
        int t = mix(oldHashes[j]) & mask;
        while (keys[t] != null) {
          t = (t + 1) & mask;
        }
        keys[t] = oldKeys[j];
        hashes[t] = oldHashes[j];
        bindings[t] = oldBindings[j];
      }
    }
    return slot(name);
  }

  private static int mix(int h) {
    int x = h * 0x9E3779B1;
    return x ^ (x >>> 16);
  }

  /** The file-scope declaration of {@code name}, or null, whatever hides it here. */
  Symbol lookupFileScope(String name) {
    return fileScope.get(name);
  }
}
