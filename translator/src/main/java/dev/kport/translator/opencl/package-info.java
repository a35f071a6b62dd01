/**
 * CUDA to OpenCL C 1.2: picks the device code out of a CUDA source, rewrites it rule by rule on
 * the token stream (one class per CUDA feature), and describes each kernel's arguments for the
 * harness. Rename tables are data under this package's resources. Depends on {@code lex},
 * {@code outline}, {@code preprocess}, {@code emit}, {@code diag} and {@code iface}; knows nothing
 * of backends.
 */
package dev.kport.translator.opencl;
