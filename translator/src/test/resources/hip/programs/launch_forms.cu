// Kernel launches in every form a CUDA program writes them; translated with --launch-syntax hip
// each becomes hipLaunchKernelGGL, and both translations compile with hipcc.
#include <cuda_runtime.h>

template <typename T, int BLOCK>
__global__ void fill(T *p, T v, int n) {
  int i = blockIdx.x * BLOCK + threadIdx.x;
  if (i < n) p[i] = v;
}

namespace ops {
__global__ void scale(float *p, float a, int n) {
  int i = blockIdx.x * blockDim.x + threadIdx.x;
  if (i < n) p[i] *= a;
}
namespace inner {
template <int N>
__global__ void zero(float *p) { p[threadIdx.x % N] = 0.0f; }
}
}

__global__ void ping() {}

#define LAUNCH_SCALE(p, a, n, s) ops::scale<<<((n) + 255) / 256, 256, 0, (s)>>>((p), (a), (n))
// CHECK: #define LAUNCH_SCALE(p, a, n, s) hipLaunchKernelGGL(ops::scale, dim3(((n) + 255) / 256), dim3(256), 0, (s), (p), (a), (n))
#define LAUNCH_FILL(p, n) \
  fill<float, 128><<<((n) + 127) / 128, 128>>>((p), 1.0f, (n))
// CHECK: hipLaunchKernelGGL(HIP_KERNEL_NAME(fill<float, 128>), dim3(((n) + 127) / 128), dim3(128), 0, 0, (p), 1.0f, (n))

void run(float *d, int n, cudaStream_t s) {
  dim3 grid((n + 255) / 256), block(256);
  fill<float, 256><<<grid, block>>>(d, 2.0f, n);
  // CHECK: hipLaunchKernelGGL(HIP_KERNEL_NAME(fill<float, 256>), dim3(grid), dim3(block), 0, 0, d, 2.0f, n);
  fill<int, 64><<<grid, 64, 0>>>(reinterpret_cast<int *>(d), 3, n);
  // CHECK: hipLaunchKernelGGL(HIP_KERNEL_NAME(fill<int, 64>), dim3(grid), dim3(64), 0, 0, reinterpret_cast<int *>(d), 3, n);
  ops::scale<<<grid, block, 0, s>>>(d, 0.5f, n);
  // CHECK: hipLaunchKernelGGL(ops::scale, dim3(grid), dim3(block), 0, s, d, 0.5f, n);
  ::ops::inner::zero<32><<<1, 32, 32 * sizeof(float), s>>>(d);
  // CHECK: hipLaunchKernelGGL(HIP_KERNEL_NAME(::ops::inner::zero<32>), dim3(1), dim3(32), 32 * sizeof(float), s, d);
  ping<<<1, 1>>>();
  // CHECK: hipLaunchKernelGGL(ping, dim3(1), dim3(1), 0, 0);
  ops::scale<<<dim3((n + 255) / 256, 1, 1),
               dim3(256, 1, 1),
               0,
               s>>>(d,
                    2.0f,
                    n);
  // CHECK: hipLaunchKernelGGL(ops::scale, dim3(dim3((n + 255) / 256, 1, 1)), dim3(dim3(256, 1, 1)), 0, s, d,
  // CHECK: 2.0f,
  // CHECK: n);
  LAUNCH_SCALE(d, 3.0f, n, s);
  LAUNCH_FILL(d, n);
  cudaStreamSynchronize(s);
  // CHECK: hipStreamSynchronize(s);
}

int main() {
  float *d = nullptr;
  int n = 1000;
  cudaStream_t s;
  cudaStreamCreate(&s);
  cudaMalloc(&d, n * sizeof(float));
  run(d, n, s);
  cudaFree(d);
  cudaStreamDestroy(s);
  return 0;
}
// CHECK-ABSENT: <<<
