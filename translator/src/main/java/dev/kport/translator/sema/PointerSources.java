package dev.kport.translator.sema;

import dev.kport.translator.parse.tree.Expr;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pointer variables and the expression that first gave them a value: where they point. The walk
 * appends in its order and the identity map is made at the first query, so the walk does not
 * make the JVM create an identity hash for every pointer variable of a file nobody asks about.
 */
final class PointerSources {

  private final List<Symbol> pointers = new ArrayList<>();
  private final List<Expr> sources = new ArrayList<>();
  /** Entries that apply only when their pointer has no source yet (an assignment after the declaration). */
  private final BitSet unlessKnown = new BitSet();
  private Map<Symbol, Expr> map;

  /** {@code pointer} is initialised from {@code source}. */
  void initialised(Symbol pointer, Expr source) {
    pointers.add(pointer);
    sources.add(source);
  }

  /** {@code pointer} is assigned {@code source}: its source unless it had one. */
  void assigned(Symbol pointer, Expr source) {
    unlessKnown.set(pointers.size());
    initialised(pointer, source);
  }

  /** Where {@code pointer} points from, or null. */
  Expr get(Symbol pointer) {
    if (map == null) {
      map = new IdentityHashMap<>(pointers.size() * 2);
      for (int i = 0; i < pointers.size(); i++) {
        if (unlessKnown.get(i)) {
          map.putIfAbsent(pointers.get(i), sources.get(i));
        } else {
          map.put(pointers.get(i), sources.get(i));
        }
      }
    }
    return map.get(pointer);
  }
}
