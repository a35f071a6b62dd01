// vector_add written for HIP directly: one thread per element, no loop. Launched like the
// translation (same kernel, same arguments), so `kport bench` shows what translating costs.
#include <hip/hip_runtime.h>

__global__ void vector_add(const float *__restrict__ a, const float *__restrict__ b,
                           float *__restrict__ c, int n)
{
    int i = static_cast<int>(blockIdx.x * blockDim.x + threadIdx.x);
    if (i < n) {
        c[i] = a[i] + b[i];
    }
}
