package dev.kport.translator.parse;

import dev.kport.translator.parse.tree.Decl;
import dev.kport.translator.parse.tree.Expr;
import dev.kport.translator.parse.tree.Node;
import dev.kport.translator.parse.tree.NodeList;
import dev.kport.translator.parse.tree.Specifiers;
import dev.kport.translator.parse.tree.TypeName;
import java.util.ArrayList;
import java.util.List;

/** What the declaration specifiers said, gathered while the parser reads them; builder only, reused. */
final class DeclSpec {
  int first;
  int flags;
  List<Expr> launchBounds;
  List<String> extra;
  String base;
  List<Node> templateArgs;
  boolean isConst;
  boolean isVolatile;
  boolean hasType;
  boolean builtinWords;
  /** A struct/class/union/enum defined inside the specifiers ({@code typedef struct {...} T;}). */
  Decl definition;
  int typeFirst;
  int typeLast;

  DeclSpec() {
    clear();
  }

  /**
   * Back to nothing read, for reuse by the next declaration ({@link ParserBase#obtainDeclSpec}).
   * Lists handed to the tree are replaced, never emptied.
   */
  DeclSpec clear() {
    first = 0;
    flags = 0;
    launchBounds = NodeList.of();
    extra = NodeList.of();
    base = "";
    templateArgs = NodeList.of();
    isConst = false;
    isVolatile = false;
    hasType = false;
    builtinWords = false;
    definition = null;
    typeFirst = -1;
    typeLast = -1;
    return this;
  }

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
