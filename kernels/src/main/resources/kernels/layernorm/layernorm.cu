// Layer normalisation over the last dimension, one block per row:
//   y = (x - mean) * rsqrt(var + eps) * gamma + beta
// with the mean and the (biased) variance from two block reductions, the variance taken around
// the mean (two passes) for accuracy. Also stores each row's mean and 1/std, which a backward
// pass would reuse.
#include <cuda_runtime.h>

#ifndef BLOCK
#define BLOCK 256
#endif

// Sums v over the block (BLOCK threads) through tile; every thread gets the result.
__device__ float block_sum(float v, float *tile)
{
    const int tid = threadIdx.x;
    tile[tid] = v;
    __syncthreads();
#pragma unroll
    for (int stride = BLOCK / 2; stride > 0; stride >>= 1) {
        if (tid < stride) {
            tile[tid] += tile[tid + stride];
        }
        __syncthreads();
    }
    const float total = tile[0];
    __syncthreads();   // tile is reused by the next reduction
    return total;
}

__global__ void layernorm(const float *__restrict__ in, const float *__restrict__ gamma,
                          const float *__restrict__ beta, float *__restrict__ out,
                          float *__restrict__ mean_out, float *__restrict__ rstd_out,
                          int cols, float eps)
{
    __shared__ float tile[BLOCK];
    const float *x = in + (size_t)blockIdx.x * cols;
    float *y = out + (size_t)blockIdx.x * cols;

    float s = 0.0f;
    for (int j = threadIdx.x; j < cols; j += BLOCK) {
        s += x[j];
    }
    const float mean = block_sum(s, tile) / cols;

    float sq = 0.0f;
    for (int j = threadIdx.x; j < cols; j += BLOCK) {
        const float d = x[j] - mean;
        sq += d * d;
    }
    const float var = block_sum(sq, tile) / cols;
    const float rstd = rsqrtf(var + eps);

    for (int j = threadIdx.x; j < cols; j += BLOCK) {
        y[j] = (x[j] - mean) * rstd * gamma[j] + beta[j];
    }
    if (threadIdx.x == 0) {
        mean_out[blockIdx.x] = mean;
        rstd_out[blockIdx.x] = rstd;
    }
}
