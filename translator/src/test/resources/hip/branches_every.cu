// By default code in every #if branch is translated: users port the whole file.
// DEFINE: USE_STREAMS=1
#include <cuda_runtime.h>
#if USE_STREAMS
void copy(float *d, const float *h, size_t n, cudaStream_t s) { cudaMemcpyAsync(d, h, n, cudaMemcpyHostToDevice, s); }
// CHECK: hipMemcpyAsync(d, h, n, hipMemcpyHostToDevice, s);
#else
void copy(float *d, const float *h, size_t n) { cudaMemcpy(d, h, n, cudaMemcpyHostToDevice); }
// CHECK: void copy(float *d, const float *h, size_t n) { hipMemcpy(d, h, n, hipMemcpyHostToDevice); }
#endif
#ifndef __CUDACC__
#include <cuda.h>
#endif
// CHECK: #include <hip/hip_runtime.h>
// CHECK-ABSENT: cuda
