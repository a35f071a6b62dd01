// Histogram of values in [0, 1) into NUM_BINS equal bins, privatised per block: increments are
// atomicAdds on a shared copy of the bins (cheap, contended only within the block), and each
// block merges its non-empty bins into the global histogram with one atomicAdd per bin.
#include <cuda_runtime.h>

#ifndef NUM_BINS
#define NUM_BINS 64
#endif

__global__ void histogram_shared(const float *__restrict__ x, unsigned int *bins, int n)
{
    __shared__ unsigned int local[NUM_BINS];
    for (int b = threadIdx.x; b < NUM_BINS; b += blockDim.x) {
        local[b] = 0;
    }
    __syncthreads();

    for (int i = blockIdx.x * blockDim.x + threadIdx.x; i < n; i += blockDim.x * gridDim.x) {
        // x * NUM_BINS is exact for a power-of-two NUM_BINS; the min keeps a value that rounded
        // up to 1.0f in the last bin
        const int bin = min(static_cast<int>(x[i] * NUM_BINS), NUM_BINS - 1);
        atomicAdd(&local[bin], 1u);
    }
    __syncthreads();

    for (int b = threadIdx.x; b < NUM_BINS; b += blockDim.x) {
        const unsigned int count = local[b];
        if (count != 0) {
            atomicAdd(&bins[b], count);
        }
    }
}
