// A host program in the style of the CUDA samples: streams, events, unified memory, constant
// memory, templates and launches of every shape. Translated, it must compile with hipcc.
#include <cuda_runtime.h>
#include <cstdio>

#define CHECK(call) do { cudaError_t e = (call); if (e != cudaSuccess) { \
    fprintf(stderr, "%s:%d: %s\n", __FILE__, __LINE__, cudaGetErrorString(e)); return 1; } } while (0)

__constant__ float scale_by[1];

namespace kernels {
__global__ void scale(float *p, int n) {
  int i = blockIdx.x * blockDim.x + threadIdx.x;
  if (i < n) p[i] *= scale_by[0];
}
}

template <typename T, int BLOCK>
__global__ void fill(T *p, T v, int n) {
  int i = blockIdx.x * BLOCK + threadIdx.x;
  if (i < n) p[i] = v;
}

__global__ void ping() {}

int main() {
  const int n = 1 << 16;
  float *d = nullptr;
  float *m = nullptr;
  CHECK(cudaMalloc(&d, n * sizeof(float)));
  CHECK(cudaMallocManaged(&m, n * sizeof(float)));
  float *h = nullptr;
  CHECK(cudaMallocHost(&h, n * sizeof(float)));
  const float two = 2.0f;
  CHECK(cudaMemcpyToSymbol(scale_by, &two, sizeof two));
  cudaStream_t s;
  CHECK(cudaStreamCreate(&s));
  cudaEvent_t start, stop;
  CHECK(cudaEventCreate(&start));
  CHECK(cudaEventCreate(&stop));
  CHECK(cudaEventRecord(start, s));
  dim3 grid((n + 255) / 256), block(256);
  fill<float, 256><<<grid, block, 0, s>>>(d, 1.0f, n);
  kernels::scale<<<grid, block, 0, s>>>(d, n);
  ::kernels::scale<<<(n + 255) / 256,
                     256>>>(m, n);
  ping<<<1, 1>>>();
  CHECK(cudaGetLastError());
  CHECK(cudaEventRecord(stop, s));
  CHECK(cudaEventSynchronize(stop));
  float ms = 0.0f;
  CHECK(cudaEventElapsedTime(&ms, start, stop));
  CHECK(cudaMemcpyAsync(h, d, n * sizeof(float), cudaMemcpyDeviceToHost, s));
  CHECK(cudaStreamSynchronize(s));
  CHECK(cudaMemset(d, 0, n * sizeof(float)));
  cudaDeviceProp prop;
  int count = 0;
  CHECK(cudaGetDeviceCount(&count));
  CHECK(cudaGetDeviceProperties(&prop, 0));
  CHECK(cudaSetDevice(0));
  CHECK(cudaFuncSetCacheConfig(ping, cudaFuncCachePreferL1));
  printf("%s: %f in %.3f ms\n", prop.name, h[0], ms);
  CHECK(cudaEventDestroy(start));
  CHECK(cudaEventDestroy(stop));
  CHECK(cudaStreamDestroy(s));
  CHECK(cudaFreeHost(h));
  CHECK(cudaFree(m));
  CHECK(cudaFree(d));
  CHECK(cudaPeekAtLastError());
  CHECK(cudaDeviceSynchronize());
  CHECK(cudaDeviceReset());
  return 0;
}
