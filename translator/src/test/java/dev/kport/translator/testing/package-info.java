/**
 * Helpers for the translator's tests: seeded random inputs for the property tests. Depends on nothing of the
 * translator, so any test package can use it.
 */
package dev.kport.translator.testing;
