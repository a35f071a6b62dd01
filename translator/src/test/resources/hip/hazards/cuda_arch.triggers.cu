// __CUDA_ARCH__ is not defined by hipcc for AMD GPUs: these branches change meaning.
__device__ __host__ int where() {
#ifdef __CUDA_ARCH__ // DIAG: KP3027
  return 1;
#else
  return 0;
#endif
}
__device__ float fast(float x) {
#if __CUDA_ARCH__ >= 700 // DIAG: KP3027
  return x * 2.0f;
#elif defined(__CUDA_ARCH__) // DIAG: KP3027
  return x;
#else
  return 0.0f;
#endif
}
#ifndef __CUDA_ARCH__ // DIAG: KP3027
void host_only() {}
#endif
__device__ int arch() { return __CUDA_ARCH__; } // DIAG: KP3027
