/**
 * CUDA to HIP: whole files, host and device code, rewritten on the lossless token stream so that
 * untouched text comes out byte for byte. CUDA names are renamed from the tables under this
 * package's resources (one per API family); calls whose HIP counterpart takes other arguments are
 * rewritten by the rule the row's kind names (symbols, kernel casts, argument orders, enumerators
 * that depend on their call); includes are replaced where they stand and added where the file
 * needs them; portability hazards that renaming cannot fix are reported; launches may become
 * {@code hipLaunchKernelGGL}; what was converted is counted per family. Depends on {@code lex},
 * {@code emit}, {@code diag}, {@code rename} and {@code preprocess} (which {@code #if} branches are
 * active, for {@code --active-branches-only}); knows nothing of backends.
 */
package dev.kport.translator.hip;
