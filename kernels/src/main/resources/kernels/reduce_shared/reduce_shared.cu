// Block sums: each block reduces 2 * BLOCK elements (two per thread on the first load) through a
// tree in shared memory, then thread 0 writes the block's partial sum.
#include <cuda_runtime.h>

#ifndef BLOCK
#define BLOCK 256
#endif

__device__ float load_or_zero(const float *in, int i, int n)
{
    return i < n ? in[i] : 0.0f;
}

__global__ void reduce_shared(const float *in, float *partial, int n)
{
    __shared__ float tile[BLOCK];
    int tid = threadIdx.x;
    int i = blockIdx.x * (blockDim.x * 2) + threadIdx.x;

    tile[tid] = load_or_zero(in, i, n) + load_or_zero(in, i + blockDim.x, n);
    __syncthreads();

    for (int stride = blockDim.x / 2; stride > 0; stride >>= 1) {
        if (tid < stride) {
            tile[tid] += tile[tid + stride];
        }
        __syncthreads();
    }
    if (tid == 0) {
        partial[blockIdx.x] = tile[0];
    }
}
