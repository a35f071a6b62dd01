/**
 * The preprocessor, never run as a rewrite: the source keeps the user's macros and conditionals
 * so the target compiler still evaluates them with the user's {@code -D} values.
 *
 * <p>Two views live here. {@link dev.kport.translator.preprocess.PreprocessorView} (built by
 * {@link dev.kport.translator.preprocess.Preprocessor}) tells which regions are active under the
 * given {@code -D} values and CUDA's predefined macros, what each macro means, and which headers
 * are included; the parser and sema read through it. {@code Directive}, {@code IncludeExpansion},
 * {@code Part} and {@code Unit} read directive lines and inline local {@code #include "x.h"} files
 * for the OpenCL translation. Depends on {@code lex}, {@code outline}, {@code emit} and
 * {@code diag}; must not depend on parse, sema or rules.
 */
package dev.kport.translator.preprocess;
