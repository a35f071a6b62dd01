package dev.kport.translator.parse.tree;

import java.util.List;

/**
 * A syntax tree node. {@link #first()} and {@link #last()} are indices into the full lossless
 * token list (trivia included), so a rule can edit exactly the tokens a node spans.
 */
public sealed interface Node permits Decl, Stmt, Expr, TypeName, TranslationUnit {
  int first();

  int last();

  /** Direct children in source order; the tree walkers and the dumper need nothing else. */
  List<Node> children();

  /** Children list helper that skips absent (null) parts. */
  static List<Node> of(Object... parts) {
    java.util.ArrayList<Node> out = new java.util.ArrayList<>(parts.length + 4);
    for (Object part : parts) {
      if (part instanceof Node n) {
        out.add(n);
      } else if (part instanceof List<?> list) {
        for (Object o : list) {
          if (o instanceof Node n) {
            out.add(n);
          }
        }
      }
    }
    return out;
  }
}
