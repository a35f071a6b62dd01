// A name with no HIP counterpart stays as written, with a warning.
#include <cuda_runtime.h>
__global__ void k(float *p) {
  __syncwarp(); // DIAG: KP3001
  // CHECK: __syncwarp();
  p[threadIdx.x] = 0;
}
void h() { cudaFuncSetAttribute(k, cudaFuncAttributeMaxDynamicSharedMemorySize, 65536); } // DIAG: KP3001
// CHECK: cudaFuncSetAttribute(k,
