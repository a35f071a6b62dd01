// Row-wise softmax, one block per row: the block finds the row's maximum, sums exp(x - max) and
// writes exp(x - max) / sum. Subtracting the maximum keeps expf from overflowing. Both block
// reductions share one dynamic shared-memory buffer of blockDim.x floats (a power of two).
#include <cuda_runtime.h>
#include <math.h>

__device__ float block_reduce_max(float v, float *scratch)
{
    const int tid = threadIdx.x;
    scratch[tid] = v;
    __syncthreads();
    for (int stride = blockDim.x / 2; stride > 0; stride >>= 1) {
        if (tid < stride) {
            scratch[tid] = fmaxf(scratch[tid], scratch[tid + stride]);
        }
        __syncthreads();
    }
    const float result = scratch[0];
    __syncthreads();   // every thread has read the result before scratch is reused
    return result;
}

__device__ float block_reduce_sum(float v, float *scratch)
{
    const int tid = threadIdx.x;
    scratch[tid] = v;
    __syncthreads();
    for (int stride = blockDim.x / 2; stride > 0; stride >>= 1) {
        if (tid < stride) {
            scratch[tid] += scratch[tid + stride];
        }
        __syncthreads();
    }
    const float result = scratch[0];
    __syncthreads();
    return result;
}

__global__ void softmax(const float *__restrict__ in, float *__restrict__ out, int cols)
{
    extern __shared__ float scratch[];
    const float *x = in + (size_t)blockIdx.x * cols;
    float *y = out + (size_t)blockIdx.x * cols;

    float m = -INFINITY;
    for (int j = threadIdx.x; j < cols; j += blockDim.x) {
        m = fmaxf(m, x[j]);
    }
    m = block_reduce_max(m, scratch);

    float s = 0.0f;
    for (int j = threadIdx.x; j < cols; j += blockDim.x) {
        s += expf(x[j] - m);
    }
    s = block_reduce_sum(s, scratch);

    for (int j = threadIdx.x; j < cols; j += blockDim.x) {
        y[j] = expf(x[j] - m) / s;
    }
}
