// HIP 5.2 has no *_sync warp functions: the lane mask is dropped, with a warning.
#include <cuda_runtime.h>
#define FULL_MASK 0xffffffff
__device__ float warp_sum(float v) {
  for (int offset = 16; offset > 0; offset /= 2)
    v += __shfl_down_sync(FULL_MASK, v, offset); // DIAG: KP3010
  // CHECK: v += __shfl_down(v, offset);
  return __shfl_sync(0xffffffff, v, 0); // DIAG: KP3010
  // CHECK: return __shfl(v, 0);
}
__device__ bool votes(bool p) {
  return __all_sync(__activemask(), p) || __any_sync(FULL_MASK, p); // DIAG: KP3001 KP3010 KP3010
  // CHECK: return __all(p) || __any(p);
}
