/**
 * The syntax tree: small immutable records, grouped under sealed interfaces by kind
 * ({@link dev.kport.translator.parse.tree.Decl}, {@link dev.kport.translator.parse.tree.Stmt},
 * {@link dev.kport.translator.parse.tree.Expr}). Every node keeps its first and last token index
 * in the lossless token list so rules can edit exactly its text. Depends on nothing.
 */
package dev.kport.translator.parse.tree;
