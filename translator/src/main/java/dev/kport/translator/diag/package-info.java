/**
 * Translator findings: the {@link dev.kport.translator.diag.Diagnostic} record printed like a
 * compiler's message, and the {@link dev.kport.translator.diag.Code} catalogue of stable codes.
 * Depends on nothing else in the translator.
 */
package dev.kport.translator.diag;
