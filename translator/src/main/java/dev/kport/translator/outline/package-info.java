/**
 * A token-level outline of a source file: where each top-level item (directive line,
 * declaration, function definition) begins and ends, and the shape of functions and their
 * parameters. It stands in for the syntax tree of {@code translator.parse} until that exists, so
 * rules ask it questions instead of walking tokens themselves. Depends only on {@code lex}.
 */
package dev.kport.translator.outline;
