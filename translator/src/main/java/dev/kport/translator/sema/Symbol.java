package dev.kport.translator.sema;

import dev.kport.translator.parse.tree.Node;

/**
 * A declared name.
 *
 * @param declaration the node that declared it ({@code Decl.Var}, {@code Decl.Param}, {@code Decl.Function}, ...)
 * @param owner the function a parameter or local belongs to, the record a field belongs to, or
 *     the symbol itself at file scope
 */
public record Symbol(String name, SymbolKind kind, Type type, Node declaration, String owner) {

  /** Symbols are compared by identity: two declarations of the same name are different symbols. */
  @Override
  public boolean equals(Object o) {
    return this == o;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }

  /** A pointer parameter of a kernel: a buffer the host passes in. */
  public boolean isKernelBuffer() {
    return kind == SymbolKind.PARAMETER && type.isPointerLike() && type.space() == AddressSpace.GLOBAL;
  }
}
