// Double-precision dot product: a grid-stride loop of fp64 products per thread, a tree reduction
// of the block's partial sums in shared memory, and one atomicAdd on a double per block
// (native since sm_60).
#include <cuda_runtime.h>

#ifndef BLOCK
#define BLOCK 256
#endif

__global__ void dot_double(const double *__restrict__ x, const double *__restrict__ y,
                           double *result, int n)
{
    __shared__ double partial[BLOCK];
    int tid = threadIdx.x;
    double sum = 0.0;
    for (int i = blockIdx.x * blockDim.x + tid; i < n; i += blockDim.x * gridDim.x) {
        sum += x[i] * y[i];
    }
    partial[tid] = sum;
    __syncthreads();

    for (int stride = blockDim.x / 2; stride > 0; stride >>= 1) {
        if (tid < stride) {
            partial[tid] += partial[tid + stride];
        }
        __syncthreads();
    }
    if (tid == 0) {
        atomicAdd(result, partial[0]);
    }
}
