/**
 * The tolerant recursive-descent parser from the token stream to the syntax tree in
 * {@code parse.tree}, and the {@link dev.kport.translator.parse.FrontEnd} facade that runs lex,
 * preprocess, parse and sema in one call. The grammar is split along C++'s own seams:
 * expressions, primaries, types and declarators, statements, declarations. Depends on lex,
 * preprocess and diag (sema only through the facade); must not depend on rules or emit.
 */
package dev.kport.translator.parse;
