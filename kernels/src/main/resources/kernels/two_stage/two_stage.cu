// Mean and variance of n floats in two kernels that share a buffer: moments_partial leaves one
// (sum, sum of squares) pair per block in `partial`; moments_final, a single block, adds the
// pairs and writes stats = (mean, population variance).
#include <cuda_runtime.h>

#ifndef BLOCK
#define BLOCK 256
#endif

// Tree-sums a and b over the block; thread 0 gets the totals. Every thread must call it.
__device__ float2 block_sum2(float a, float b)
{
    __shared__ float sa[BLOCK];
    __shared__ float sb[BLOCK];
    int t = threadIdx.x;
    sa[t] = a;
    sb[t] = b;
    __syncthreads();
    for (int stride = blockDim.x / 2; stride > 0; stride >>= 1) {
        if (t < stride) {
            sa[t] += sa[t + stride];
            sb[t] += sb[t + stride];
        }
        __syncthreads();
    }
    return make_float2(sa[0], sb[0]);
}

__global__ void moments_partial(const float *__restrict__ x, float2 *__restrict__ partial, int n)
{
    float sum = 0.0f;
    float squares = 0.0f;
    for (int i = blockIdx.x * blockDim.x + threadIdx.x; i < n; i += blockDim.x * gridDim.x) {
        float v = x[i];
        sum += v;
        squares += v * v;
    }
    float2 total = block_sum2(sum, squares);
    if (threadIdx.x == 0) {
        partial[blockIdx.x] = total;
    }
}

__global__ void moments_final(const float2 *__restrict__ partial, int parts, int n,
                              float *__restrict__ stats)
{
    float sum = 0.0f;
    float squares = 0.0f;
    for (int p = threadIdx.x; p < parts; p += blockDim.x) {
        sum += partial[p].x;
        squares += partial[p].y;
    }
    float2 total = block_sum2(sum, squares);
    if (threadIdx.x == 0) {
        float mean = total.x / n;
        stats[0] = mean;
        stats[1] = total.y / n - mean * mean;
    }
}
