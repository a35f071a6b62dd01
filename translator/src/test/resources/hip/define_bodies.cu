// Macro bodies are code too: their CUDA names are renamed.
#include <cuda_runtime.h>
#include <cstdio>
#define CHECK_CUDA(call) do { cudaError_t e = (call); if (e != cudaSuccess) \
    printf("cudaError %s\n", cudaGetErrorString(e)); } while (0)
// CHECK: #define CHECK_CUDA(call) do { hipError_t e = (call); if (e != hipSuccess) \
// CHECK: printf("cudaError %s\n", hipGetErrorString(e)); } while (0)
void f(float *p) { CHECK_CUDA(cudaFree(p)); }
// CHECK: CHECK_CUDA(hipFree(p));
