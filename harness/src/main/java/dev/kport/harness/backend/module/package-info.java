/**
 * What the CUDA and HIP backends share: reading kernel names out of a built code object (a cubin,
 * or a clang offload bundle of AMD code objects), packing launch arguments the way the driver's
 * kernelParams takes them, and an {@link dev.kport.harness.run.Executor} over a small
 * {@link dev.kport.harness.backend.module.ModuleDriver} that each backend implements with its
 * own runtime binding. Depends on run (for Executor) and data; knows nothing of JCuda or JavaCPP.
 */
package dev.kport.harness.backend.module;
