package dev.kport.translator.opencl;

/** What a kept top-level part is to the OpenCL output, and so which rules rewrite it. */
enum Role {
  KERNEL,
  DEVICE_FUNCTION,
  /** A struct, union, enum or typedef device code uses. */
  TYPE,
  /** A {@code const} file-scope variable device code reads: becomes {@code __constant}. */
  HOST_CONSTANT,
  /** A {@code __constant__} or {@code __device__} variable: becomes a kernel argument. */
  DEVICE_GLOBAL,
  DIRECTIVE,
  /** Device code the translator cannot rewrite yet: kept as written, with a diagnostic. */
  VERBATIM,
  TRIVIA
}
