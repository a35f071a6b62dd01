// Pinned and managed host memory: HIP names the allocation calls and their flags hipHostMalloc*.
#include <cuda_runtime.h>
void pinned(float **a, float **b, float **m, size_t n) {
  cudaHostAlloc((void **)a, n, cudaHostAllocMapped | cudaHostAllocPortable);
  // CHECK: hipHostMalloc((void **)a, n, hipHostMallocMapped | hipHostMallocPortable);
  cudaMallocHost(b, n);
  // CHECK: hipHostMalloc(b, n);
  float *device_view = nullptr;
  cudaHostGetDevicePointer((void **)&device_view, *a, 0);
  // CHECK: hipHostGetDevicePointer((void **)&device_view, *a, 0);
  cudaMallocManaged(m, n, cudaMemAttachHost);
  // CHECK: hipMallocManaged(m, n, hipMemAttachHost);
  cudaHostRegister(*m, n, cudaHostRegisterDefault);
  // CHECK: hipHostRegister(*m, n, hipHostRegisterDefault);
  cudaFreeHost(*a);
  // CHECK: hipHostFree(*a);
}
