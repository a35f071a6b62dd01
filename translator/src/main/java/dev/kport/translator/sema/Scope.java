package dev.kport.translator.sema;

import dev.kport.translator.lex.Spellings;
import java.util.Arrays;

/**
 * The nested scopes of one walk (file, function, block, class) as one map from a name to its
 * innermost declaration. Resolving a name is the commonest thing sema does, and most names a
 * kernel uses ({@code threadIdx}, {@code __syncthreads}) are declared nowhere: a map per level
 * cost one failed lookup per level for each of them; here it is one lookup. Leaving a level
 * puts back what its declarations hid, from an undo stack of plain arrays: no object per
 * declaration.
 */
final class Scope {

  /**
   * Name to innermost declaration, open addressing with linear probing. A name, once in, keeps
   * its slot (with a null symbol when nothing declares it now), so leaving a level never
   * deletes; the slots grow with the distinct names a file declares or uses. No entry objects,
   * and the name is most often the very instance asked for (the parser shares one per spelling).
   */
  private String[] keys = new String[256];
  private int[] hashes = new int[256];
  /** The innermost declaration of each name, and the level it was declared at. */
  private Symbol[] symbols = new Symbol[256];
  private int[] levels = new int[256];
  /** The last file-scope declaration of each name, whatever hides it. */
  private Symbol[] fileSymbols = new Symbol[256];
  /** For a qualified name {@code A::B::f}, the spelling {@code f}; null for an unqualified name. */
  private String[] tails = new String[256];
  private int used;
  /** What declarations above file scope hid, innermost last: what leaving a level puts back. */
  /** The slots whose symbol each undo entry puts back (remapped when the table grows). */
  private int[] undoSlots = new int[64];
  private Symbol[] undoSymbols = new Symbol[64];
  private int[] undoLevels = new int[64];
  private int undoSize;
  /** For each open level, where its entries start in the undo stack. */
  private int[] marks = new int[16];
  private int depth;

  /**
   * A thread's emptied table from its last file. Each file used to allocate and grow its own
   * arrays, a tenth of what sema allocates; a reused table is already as large as the files need.
   */
  /**
   * The file's names by spelling number, when the walk has them: a plain name then has its own
   * entry in the {@code id} arrays below, found by its number with no hashing, and a name asked
   * for by text is looked up among the spellings first. One name always has one entry: its
   * number whenever it is one of the file's names, else a hashed slot.
   */
  private Spellings spellings;
  private Symbol[] idSymbols = new Symbol[256];
  private int[] idLevels = new int[256];
  private Symbol[] idFileSymbols = new Symbol[256];
  private int idCount;

  private static final ThreadLocal<Scope> SPARE = new ThreadLocal<>();
  /** Tables grown past this many slots by an unusual file are not kept for the next one. */
  private static final int LARGEST_KEPT = 1 << 14;

  private Scope() {}

  /** An empty scope: this thread's spare one if it has one. */
  static Scope take() {
    Scope s = SPARE.get();
    if (s == null) {
      return new Scope();
    }
    SPARE.set(null); // an analysis started while this one runs gets its own
    return s;
  }

  /** Empties this scope (it keeps no symbol alive) and keeps it for the thread's next file. */
  void giveBack() {
    Arrays.fill(idSymbols, 0, idCount, null);
    Arrays.fill(idFileSymbols, 0, idCount, null);
    spellings = null;
    idCount = 0;
    Arrays.fill(keys, null);
    Arrays.fill(symbols, null);
    Arrays.fill(fileSymbols, null);
    Arrays.fill(tails, null);
    Arrays.fill(undoSymbols, 0, undoSize, null);
    used = 0;
    undoSize = 0;
    depth = 0;
    if (keys.length <= LARGEST_KEPT && idSymbols.length <= LARGEST_KEPT) {
      SPARE.set(this);
    }
  }

  /** Names are keyed by their spelling numbers in {@code s} from here on; before any declaration. */
  void useSpellings(Spellings s) {
    spellings = s;
    idCount = s.size();
    if (idCount > idSymbols.length) {
      int n = Math.max(idCount, idSymbols.length * 2);
      idSymbols = new Symbol[n];
      idLevels = new int[n];
      idFileSymbols = new Symbol[n];
    }
  }

  /** The spelling number of {@code name} among the file's names, or -1. */
  private int idOf(String name) {
    return spellings == null ? -1 : spellings.find(name);
  }

  /** How deep the walk is: 0 at file scope. */
  int level() {
    return depth;
  }

  void push() {
    if (depth == marks.length) {
      marks = Arrays.copyOf(marks, depth * 2);
    }
    marks[depth++] = undoSize;
  }

  void pop() {
    int from = marks[--depth];
    while (undoSize > from) {
      undoSize--;
      int i = undoSlots[undoSize];
      if (i >= 0) {
        symbols[i] = undoSymbols[undoSize];
        levels[i] = undoLevels[undoSize];
      } else { // a spelling number, kept as -1 - id
        idSymbols[-1 - i] = undoSymbols[undoSize];
        idLevels[-1 - i] = undoLevels[undoSize];
      }
      undoSymbols[undoSize] = null;
    }
  }

  /** Leaves every level above {@code level}. */
  void popTo(int level) {
    while (depth > level) {
      pop();
    }
  }

  void declare(Symbol s) {
    String name = s.name();
    int level = depth;
    int id = idOf(name);
    if (id >= 0) {
      Symbol old = idSymbols[id];
      if (old == null || idLevels[id] != level) {
        if (level > 0) {
          remember(-1 - id, old, idLevels[id]);
        }
        idLevels[id] = level;
      }
      idSymbols[id] = s;
      if (level == 0) {
        idFileSymbols[id] = s;
      }
      return;
    }
    int i = slotOrAdd(name);
    Symbol old = symbols[i];
    if (old == null || levels[i] != level) { // a redeclaration at the same level just replaces
      if (level > 0) {
        remember(i, old, levels[i]);
      }
      levels[i] = level;
    }
    symbols[i] = s;
    if (level == 0) {
      fileSymbols[i] = s;
    }
  }

  private void remember(int slot, Symbol hidden, int hiddenLevel) {
    if (undoSize == undoSlots.length) {
      undoSlots = Arrays.copyOf(undoSlots, undoSize * 2);
      undoSymbols = Arrays.copyOf(undoSymbols, undoSize * 2);
      undoLevels = Arrays.copyOf(undoLevels, undoSize * 2);
    }
    undoSlots[undoSize] = slot;
    undoSymbols[undoSize] = hidden;
    undoLevels[undoSize] = hiddenLevel;
    undoSize++;
  }

  /** The innermost declaration of {@code name}, or null. */
  Symbol lookup(String name) {
    int id = idOf(name);
    return id >= 0 ? idSymbols[id] : symbols[slot(name)];
  }

  /** {@link #resolve} of the plain name with spelling number {@code id}. */
  Symbol resolveId(int id) {
    return idSymbols[id];
  }

  /**
   * What a use of {@code name} refers to: its innermost declaration, or for a qualified
   * {@code A::f} declared nowhere under that spelling, the innermost {@code f}. The name keeps
   * a slot, so its tail is found once per file, not at every use.
   */
  Symbol resolve(String name) {
    int id = idOf(name);
    if (id >= 0) {
      return idSymbols[id]; // one of the file's names: a plain name, with no qualified tail
    }
    int i = slotOrAdd(name);
    Symbol s = symbols[i];
    if (s != null) {
      return s;
    }
    String tail = tails[i];
    return tail == null ? null : lookup(tail);
  }

  /** The file-scope declaration of {@code name}, or null, whatever hides it here. */
  Symbol lookupFileScope(String name) {
    int id = idOf(name);
    return id >= 0 ? idFileSymbols[id] : fileSymbols[slot(name)];
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

  private int slotOrAdd(String name) {
    int i = slot(name);
    return keys[i] == null ? add(i, name) : i;
  }

  /** Puts {@code name} in the empty slot {@code i}; its slot afterwards (the table may have grown). */
  private int add(int i, String name) {
    keys[i] = name;
    hashes[i] = name.hashCode();
    int q = name.indexOf(':') < 0 ? -1 : name.lastIndexOf("::");
    tails[i] = q < 0 ? null : name.substring(q + 2);
    if (++used * 2 <= keys.length) {
      return i;
    }
    grow();
    return slot(name);
  }

  private void grow() {
    String[] oldKeys = keys;
    int[] oldHashes = hashes;
    Symbol[] oldSymbols = symbols;
    int[] oldLevels = levels;
    Symbol[] oldFileSymbols = fileSymbols;
    String[] oldTails = tails;
    int n = oldKeys.length * 2;
    keys = new String[n];
    hashes = new int[n];
    symbols = new Symbol[n];
    levels = new int[n];
    fileSymbols = new Symbol[n];
    tails = new String[n];
    int mask = n - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != null) {
        int t = mix(oldHashes[j]) & mask;
        while (keys[t] != null) {
          t = (t + 1) & mask;
        }
        keys[t] = oldKeys[j];
        hashes[t] = oldHashes[j];
        symbols[t] = oldSymbols[j];
        levels[t] = oldLevels[j];
        fileSymbols[t] = oldFileSymbols[j];
        tails[t] = oldTails[j];
      }
    }
    for (int u = 0; u < undoSize; u++) { // the undo entries follow their names to the new slots
      if (undoSlots[u] >= 0) {
        undoSlots[u] = slot(oldKeys[undoSlots[u]]);
      }
    }
  }

  private static int mix(int h) {
    int x = h * 0x9E3779B1;
    return x ^ (x >>> 16);
  }
}
