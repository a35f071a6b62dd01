/**
 * The built-in kernel corpus: each kernel's CUDA source and spec live under
 * {@code resources/kernels/NAME/}, its Java reference model in a sub-package named after it.
 * Depends on nothing else of kport; the harness depends on this.
 */
package dev.kport.kernels;
