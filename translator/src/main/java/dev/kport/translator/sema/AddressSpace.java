package dev.kport.translator.sema;

/**
 * Where memory lives. For a pointer this is where its pointee lives; for an array or a scalar
 * it is where the object itself lives.
 */
public enum AddressSpace {
  /** Device global memory: kernel pointer parameters, {@code __device__} and {@code __managed__} globals. */
  GLOBAL,
  /** {@code __shared__} arrays and variables, {@code extern __shared__} dynamic shared memory. */
  SHARED,
  /** {@code __constant__} globals. */
  CONSTANT,
  /** Function-local variables and by-value parameters (registers or the stack). */
  LOCAL,
  /** A pointer whose target is not known from this file alone, or host code. */
  GENERIC
}
