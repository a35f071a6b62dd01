// Sum reduction the way modern CUDA code writes it: a grid-stride loop accumulates in a register,
// each warp folds its 32 values with __shfl_down_sync, warp leaders meet in shared memory, and the
// first warp folds those. Launched twice: GRID blocks write partial sums, then one block sums them.
#include <cuda_runtime.h>

#ifndef BLOCK
#define BLOCK 256
#endif

#define FULL_MASK 0xffffffffu

// After the loop, lane 0 holds the sum of the warp's 32 values (the other lanes hold partial sums).
__device__ __forceinline__ float warp_reduce_sum(float v)
{
#pragma unroll
    for (int offset = warpSize / 2; offset > 0; offset >>= 1) {
        v += __shfl_down_sync(FULL_MASK, v, offset);
    }
    return v;
}

__global__ void reduce_warp(const float *__restrict__ in, float *__restrict__ partial, int n)
{
    __shared__ float warp_sums[BLOCK / 32];
    const int lane = threadIdx.x % warpSize;
    const int warp = threadIdx.x / warpSize;

    float sum = 0.0f;
    for (int i = blockIdx.x * blockDim.x + threadIdx.x; i < n; i += blockDim.x * gridDim.x) {
        sum += in[i];
    }

    // every lane of every warp reaches the shuffles: blockDim.x is a multiple of 32
    sum = warp_reduce_sum(sum);
    if (lane == 0) {
        warp_sums[warp] = sum;
    }
    __syncthreads();

    if (warp == 0) {
        sum = lane < blockDim.x / warpSize ? warp_sums[lane] : 0.0f;
        sum = warp_reduce_sum(sum);
        if (lane == 0) {
            partial[blockIdx.x] = sum;
        }
    }
}
