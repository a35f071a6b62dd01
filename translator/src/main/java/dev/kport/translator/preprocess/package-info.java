/**
 * What the translator needs of the preprocessor, without running it: reading directive lines
 * and inlining local {@code #include "x.h"} files. Macros and conditionals are kept as written so
 * the target compiler still evaluates them with the user's {@code -D} values. Depends on
 * {@code lex}, {@code outline} and {@code diag}.
 */
package dev.kport.translator.preprocess;
