package dev.kport.translator.parse.tree;

import java.util.List;

/** The whole file: its top-level declarations in source order (active preprocessor branches only). */
public record TranslationUnit(List<Decl> decls, int first, int last) implements Node {
  public TranslationUnit {
    decls = Lists.frozen(decls);
  }

  @Override
  public List<Node> children() {
    return java.util.Collections.unmodifiableList(decls);
  }
}
