package dev.kport.translator.parse;

import dev.kport.translator.parse.tree.Decl;
import dev.kport.translator.parse.tree.Expr;
import dev.kport.translator.parse.tree.Node;
import dev.kport.translator.parse.tree.NodeList;
import java.util.List;

/** What one declarator said: name, pointer levels, array bounds, parameters; builder only, reused. */
final class Declarator {
  String name;
  int nameIdx;
  List<Node> nameTemplateArgs;
  int pointers;
  int pointerConst;
  int ref;
  boolean restrict;
  boolean functionPointer;
  List<Expr> dims;
  /** A function declarator: {@code f(params)} directly, not a pointer to one. */
  boolean isFunction;
  List<Decl.Param> params;
  boolean variadic;
  int last;

  Declarator() {
    clear();
  }

  /**
   * Back to nothing read, for reuse by the next declarator ({@link ParserBase#obtainDeclarator}).
   * Lists handed to the tree are replaced, never emptied.
   */
  Declarator clear() {
    name = "";
    nameIdx = -1;
    nameTemplateArgs = NodeList.of();
    pointers = 0;
    pointerConst = 0;
    ref = 0;
    restrict = false;
    functionPointer = false;
    dims = NodeList.of();
    isFunction = false;
    params = NodeList.of();
    variadic = false;
    last = -1;
    return this;
  }
}
