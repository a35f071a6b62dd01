/**
 * Arithmetic expressions of a spec (counts, grids, blocks, shared bytes, arguments, defines,
 * metrics), evaluated with exp4j over a size's variables and the spec's defines.
 *
 * <p>Besides exp4j's operators ({@code + - * / % ^}, where {@code ^} is a power, not C's xor)
 * and functions, {@code min}, {@code max}, {@code pow} and {@code round} are available.
 * Implicit multiplication ({@code 2n}) is off: expressions read as C does.
 *
 * <p>Depends on nothing in the harness but the spec records, and on those only to list a size's
 * variables.
 */
package dev.kport.harness.expr;
