/**
 * The hip backend: its probe and its runtime. {@code HipRuntime} binds the HIP runtime's module
 * API with JavaCPP over {@code src/main/native/kport_hip.h}, which opens libamdhip64 with dlopen,
 * so kport builds without ROCm and a machine without it gets the loader's or the runtime's own
 * answer as the reason. Depends on backend.module; nothing else calls the runtime directly.
 */
package dev.kport.harness.backend.hip;
