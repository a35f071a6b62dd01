/** The cuda backend. */
package dev.kport.harness.backend.cuda;
