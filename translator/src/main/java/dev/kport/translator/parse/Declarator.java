package dev.kport.translator.parse;

import dev.kport.translator.parse.tree.Decl;
import dev.kport.translator.parse.tree.Expr;
import dev.kport.translator.parse.tree.Node;
import java.util.List;

/** What one declarator said: name, pointer levels, array bounds, parameters; builder only. */
final class Declarator {
  String name = "";
  int nameIdx = -1;
  List<Node> nameTemplateArgs = List.of();
  int pointers;
  int pointerConst;
  int ref;
  boolean restrict;
  boolean functionPointer;
  List<Expr> dims = List.of();
  /** A function declarator: {@code f(params)} directly, not a pointer to one. */
  boolean isFunction;
  List<Decl.Param> params = List.of();
  boolean variadic;
  int last = -1;
}
