/** The hip backend. */
package dev.kport.harness.backend.hip;
