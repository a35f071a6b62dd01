// A name with no HIP counterpart stays as written, with a warning.
#include <cuda_runtime.h>
__global__ void k(float *p) {
  __syncwarp(); // DIAG: KP3001
  // CHECK: __syncwarp();
  p[threadIdx.x] = 0;
}
void h() { cudaDeviceSetLimit(cudaLimitMallocHeapSize, 1 << 20); } // DIAG: KP3001
// CHECK: cudaDeviceSetLimit(hipLimitMallocHeapSize, 1 << 20);
