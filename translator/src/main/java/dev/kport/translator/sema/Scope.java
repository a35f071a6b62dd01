package dev.kport.translator.sema;

import java.util.HashMap;
import java.util.Map;

/** One level of name lookup: file, function, block, class. */
final class Scope {
  final Scope parent;
  private Map<String, Symbol> names;

  Scope(Scope parent) {
    this.parent = parent;
  }

  void declare(Symbol s) {
    if (names == null) {
      names = new HashMap<>(8);
    }
    names.put(s.name(), s);
  }

  Symbol lookup(String name) {
    for (Scope s = this; s != null; s = s.parent) {
      if (s.names != null) {
        Symbol found = s.names.get(name);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }
}
