// Block sums in the style of a templated library primitive: the element type and the block size
// are template parameters, so the tree below unrolls fully at compile time. Each thread adds two
// elements while loading (the first level of the tree), then the block folds BLOCK values.
#include <cuda_runtime.h>

template <typename T, int BLOCK>
__global__ void reduce(const T *__restrict__ in, T *__restrict__ partial, int n)
{
    static_assert((BLOCK & (BLOCK - 1)) == 0, "BLOCK must be a power of two");
    __shared__ T tile[BLOCK];
    const int tid = threadIdx.x;
    const int i = blockIdx.x * (2 * BLOCK) + tid;

    T v = i < n ? in[i] : T(0);
    if (i + BLOCK < n) {
        v += in[i + BLOCK];
    }
    tile[tid] = v;
    __syncthreads();

#pragma unroll
    for (int stride = BLOCK / 2; stride > 0; stride >>= 1) {
        if (tid < stride) {
            tile[tid] += tile[tid + stride];
        }
        __syncthreads();
    }
    if (tid == 0) {
        partial[blockIdx.x] = tile[0];
    }
}

// The instances the spec launches, emitted as a library would for its supported types.
template __global__ void reduce<float, 256>(const float *__restrict__, float *__restrict__, int);
template __global__ void reduce<double, 128>(const double *__restrict__, double *__restrict__, int);
