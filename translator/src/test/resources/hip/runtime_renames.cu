// Runtime API calls, types and constants are renamed where they are code.
#include <cuda_runtime.h>
#include <cstdio>

__global__ void scale(float *p, int n) { int i = blockIdx.x * blockDim.x + threadIdx.x; if (i < n) p[i] *= 2.0f; }

int main() {
  float *d = nullptr;
  cudaError_t err = cudaMalloc(&d, 1024 * sizeof(float));
  // CHECK: hipError_t err = hipMalloc(&d, 1024 * sizeof(float));
  if (err != cudaSuccess) { printf("%s\n", cudaGetErrorString(err)); return 1; }
  // CHECK: if (err != hipSuccess) { printf("%s\n", hipGetErrorString(err)); return 1; }
  float h[1024] = {0};
  cudaMemcpy(d, h, sizeof h, cudaMemcpyHostToDevice);
  // CHECK: hipMemcpy(d, h, sizeof h, hipMemcpyHostToDevice);
  cudaStream_t s;
  cudaStreamCreate(&s);
  cudaEvent_t start, stop;
  cudaEventCreate(&start);
  cudaEventCreate(&stop);
  cudaEventRecord(start, s);
  // CHECK: hipStream_t s;
  // CHECK: hipStreamCreate(&s);
  // CHECK: hipEvent_t start, stop;
  // CHECK: hipEventRecord(start, s);
  scale<<<4, 256, 0, s>>>(d, 1024);
  // CHECK: scale<<<4, 256, 0, s>>>(d, 1024);
  cudaEventRecord(stop, s);
  cudaEventSynchronize(stop);
  float ms = 0;
  cudaEventElapsedTime(&ms, start, stop);
  // CHECK: hipEventElapsedTime(&ms, start, stop);
  cudaDeviceProp prop;
  cudaGetDeviceProperties(&prop, 0);
  // CHECK: hipDeviceProp_t prop;
  // CHECK: hipGetDeviceProperties(&prop, 0);
  cudaMemcpy(h, d, sizeof h, cudaMemcpyDeviceToHost);
  cudaStreamDestroy(s);
  cudaFree(d);
  // CHECK: hipFree(d);
  return cudaDeviceSynchronize() == cudaSuccess ? 0 : 1;
  // CHECK: return hipDeviceSynchronize() == hipSuccess ? 0 : 1;
  // CHECK-ABSENT: cudaMemcpy
}
