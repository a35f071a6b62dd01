/** Turning cell results into what people and CI read. Depends on the run package, never on backends. */
package dev.kport.harness.report;
