/**
 * A lossless CUDA C/C++ lexer: every character of the input belongs to exactly one
 * {@link dev.kport.translator.lex.Token}, so the token texts concatenated give the input back.
 * Later stages edit the token stream, which is why nothing (whitespace, comments, directive
 * lines) may be thrown away here. Depends on nothing else in the translator.
 */
package dev.kport.translator.lex;
