package dev.kport.translator.parse;

import dev.kport.translator.parse.tree.Decl;
import dev.kport.translator.parse.tree.Expr;
import dev.kport.translator.parse.tree.Node;
import dev.kport.translator.parse.tree.Specifiers;
import dev.kport.translator.parse.tree.TypeName;
import java.util.ArrayList;
import java.util.List;

/** What the declaration specifiers said, gathered while the parser reads them; builder only. */
final class DeclSpec {
  int first;
  int flags;
  List<Expr> launchBounds = List.of();
  List<String> extra = List.of();
  String base = "";
  List<Node> templateArgs = List.of();
  boolean isConst;
  boolean isVolatile;
  boolean hasType;
  boolean builtinWords;
  /** A struct/class/union/enum defined inside the specifiers ({@code typedef struct {...} T;}). */
  Decl definition;
  int typeFirst = -1;
  int typeLast = -1;

  void addExtra(String word) {
    if (extra.isEmpty()) {
      extra = new ArrayList<>(2);
    }
    extra.add(word);
  }

  Specifiers specifiers() {
    if (flags == 0 && launchBounds.isEmpty() && extra.isEmpty()) {
      return Specifiers.NONE;
    }
    return new Specifiers(flags, launchBounds, extra);
  }

  TypeName type(Declarator d) {
    int f = typeFirst >= 0 ? typeFirst : first;
    int l = Math.max(typeLast, d.last);
    return new TypeName(base, isConst, isVolatile, templateArgs, d.pointers, d.pointerConst, d.ref,
        d.dims, d.functionPointer, d.restrict, f, Math.max(f, l));
  }
}
