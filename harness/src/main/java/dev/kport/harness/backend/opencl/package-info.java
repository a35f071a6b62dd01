/** The opencl backend. */
package dev.kport.harness.backend.opencl;
