// --active-branches-only: only code nvcc would compile under the -D values (host or device pass)
// is translated; a branch inactive in both passes stays as written, with a note.
// DEFINE: USE_STREAMS=1
#include <cuda_runtime.h>
#if USE_STREAMS
void copy(float *d, const float *h, size_t n, cudaStream_t s) {
  cudaMemcpyAsync(d, h, n, cudaMemcpyHostToDevice, s);
}
// CHECK: void copy(float *d, const float *h, size_t n, hipStream_t s) {
// CHECK: hipMemcpyAsync(d, h, n, hipMemcpyHostToDevice, s);
#else
// DIAG: KP3090
void copy(float *d, const float *h, size_t n) { cudaMemcpy(d, h, n, cudaMemcpyHostToDevice); }
// CHECK: void copy(float *d, const float *h, size_t n) { cudaMemcpy(d, h, n, cudaMemcpyHostToDevice); }
#endif
// DIAG: KP3027
#ifdef __CUDA_ARCH__
__device__ float twice(float x) { return __fmul_rn(x, 2.0f); }
#else
float twice(float x) { cudaDeviceSynchronize(); return 2.0f * x; }
#endif
// CHECK: float twice(float x) { hipDeviceSynchronize(); return 2.0f * x; }
#ifndef __CUDACC__
#include <cuda.h>
// DIAG: KP3090
#endif
// CHECK: #include <cuda.h>
