// Per-bin sum and maximum of float values: bins[i] picks the bin of values[i]. Each block first
// accumulates into privatised bins in shared memory, then merges them into the global bins, so
// both atomics run on shared and on global floats.
//
// atomicAdd has a float overload; atomicMax does not, so atomic_max_float retries atomicCAS on
// the value's bits until the stored float is no smaller than the new one.
#include <cuda_runtime.h>
#include <math.h>

#ifndef BINS
#define BINS 64
#endif

__device__ float atomic_max_float(float *address, float value)
{
    int *bits = (int *)address;
    int old = *bits;
    int assumed;
    do {
        assumed = old;
        if (__int_as_float(assumed) >= value) {
            break;
        }
        old = atomicCAS(bits, assumed, __float_as_int(value));
    } while (assumed != old);
    return __int_as_float(old);
}

__global__ void bin_sum_max(const float *__restrict__ values, const int *__restrict__ bins,
                            float *sums, float *maxima, int n)
{
    __shared__ float block_sum[BINS];
    __shared__ float block_max[BINS];
    for (int b = threadIdx.x; b < BINS; b += blockDim.x) {
        block_sum[b] = 0.0f;
        block_max[b] = -INFINITY;
    }
    __syncthreads();

    for (int i = blockIdx.x * blockDim.x + threadIdx.x; i < n; i += blockDim.x * gridDim.x) {
        int b = bins[i];
        float v = values[i];
        atomicAdd(&block_sum[b], v);
        atomic_max_float(&block_max[b], v);
    }
    __syncthreads();

    for (int b = threadIdx.x; b < BINS; b += blockDim.x) {
        atomicAdd(&sums[b], block_sum[b]);
        atomic_max_float(&maxima[b], block_max[b]);
    }
}
