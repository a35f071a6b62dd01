// A 1D convolution (out[i] = sum_k w[k] in[i + k - RADIUS], zero outside the array) whose shared
// memory is sized at launch: one extern __shared__ buffer carved into the block's input tile with
// its halo (blockDim.x + 2 * RADIUS floats) and the weights (2 * RADIUS + 1 floats). The launch
// passes (blockDim.x + 4 * RADIUS + 1) * sizeof(float) dynamic shared bytes.
#include <cuda_runtime.h>

#ifndef RADIUS
#define RADIUS 3
#endif

__global__ void stencil_1d(const float *__restrict__ in, const float *__restrict__ weights,
                           float *__restrict__ out, int n)
{
    extern __shared__ float smem[];
    const int span = blockDim.x + 2 * RADIUS;
    float *tile = smem;
    float *w = smem + span;
    int t = threadIdx.x;
    int first = blockIdx.x * blockDim.x - RADIUS;

    for (int s = t; s < span; s += blockDim.x) {
        int g = first + s;
        tile[s] = g >= 0 && g < n ? in[g] : 0.0f;
    }
    for (int k = t; k <= 2 * RADIUS; k += blockDim.x) {
        w[k] = weights[k];
    }
    __syncthreads();

    int i = blockIdx.x * blockDim.x + t;
    if (i < n) {
        float sum = 0.0f;
#pragma unroll
        for (int k = 0; k <= 2 * RADIUS; k++) {
            sum += w[k] * tile[t + k];
        }
        out[i] = sum;
    }
}
