// 256-bin byte histogram with every increment an atomicAdd on the global bins: the simplest
// correct histogram, and the one whose throughput depends most on the atomics of the device.
#include <cuda_runtime.h>

__global__ void histogram_global(const unsigned char *__restrict__ data, unsigned int *bins, int n)
{
    for (int i = blockIdx.x * blockDim.x + threadIdx.x; i < n; i += blockDim.x * gridDim.x) {
        atomicAdd(&bins[data[i]], 1u);
    }
}
