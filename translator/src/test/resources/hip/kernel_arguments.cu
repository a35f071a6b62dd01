// HIP 5.2 takes a kernel as const void * where CUDA also takes the function: the argument is cast.
#include <cuda_runtime.h>
__global__ void k(float *p) { p[0] = 1.0f; }
void setup() {
  cudaFuncSetCacheConfig(k, cudaFuncCachePreferShared);
  // CHECK: hipFuncSetCacheConfig(reinterpret_cast<const void *>(k), hipFuncCachePreferShared);
  cudaFuncAttributes attr;
  cudaFuncGetAttributes(&attr, k);
  // CHECK: hipFuncAttributes attr;
  // CHECK: hipFuncGetAttributes(&attr, reinterpret_cast<const void *>(k));
  cudaFuncSetAttribute(k, cudaFuncAttributeMaxDynamicSharedMemorySize, 65536);
  // CHECK: hipFuncSetAttribute(reinterpret_cast<const void *>(k), hipFuncAttributeMaxDynamicSharedMemorySize, 65536);
  float *p = nullptr;
  void *args[] = {&p};
  cudaLaunchKernel(k, dim3(1), dim3(64), args, 0, 0);
  // CHECK: hipLaunchKernel(reinterpret_cast<const void *>(k), dim3(1), dim3(64), args, 0, 0);
}
