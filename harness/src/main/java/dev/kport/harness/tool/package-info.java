/** Running external compilers and probes (nvcc, hipcc) with time limits. Depends on nothing of kport. */
package dev.kport.harness.tool;
