/**
 * The preprocessor view: which regions of a file are active under the given {@code -D} values
 * and CUDA's predefined macros, what each macro is, and which headers are included. It never
 * rewrites the source; later stages keep the user's macros and ask this view what they mean.
 * Depends only on {@code lex} and {@code diag}; must not depend on parse, sema or rules.
 */
package dev.kport.translator.preprocess;
