/**
 * The spec ({@code kernel.yaml}) as validated records, and its loader. Knows nothing of
 * backends or of the translator.
 */
package dev.kport.harness.spec;
