/**
 * CUDA source to HIP and OpenCL C. The entry point is {@link dev.kport.translator.Translator};
 * stages live in sub-packages. Pure Java: knows nothing of backends, specs or the harness.
 */
package dev.kport.translator;
