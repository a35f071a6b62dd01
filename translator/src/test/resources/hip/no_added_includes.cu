// A .cu file that already includes the runtime header, and uses no complex type, gets nothing added.
#include <cuda_runtime.h>
__global__ void k(float *p) { p[threadIdx.x] = 0.0f; }
// CHECK: #include <hip/hip_runtime.h>
// CHECK-NOT: #include
// CHECK: __global__ void k
// CHECK-ABSENT: hip_complex
