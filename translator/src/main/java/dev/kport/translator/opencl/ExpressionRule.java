package dev.kport.translator.opencl;

import dev.kport.translator.emit.SourceText;

/**
 * A rewrite that applies wherever device code can hold an expression: function bodies, kernel
 * signatures and {@code #define} bodies. One rule, one CUDA feature.
 */
interface ExpressionRule {

  /** Records edits (and diagnostics) for tokens {@code [from, to)} of {@code text}. */
  void apply(SourceText text, int from, int to);
}
