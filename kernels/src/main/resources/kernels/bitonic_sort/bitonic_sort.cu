// Bitonic sort of n floats, ascending, for any n. The network is the variant in which every
// comparator puts the smaller key at the lower index: the first stage of each merge of size k
// compares mirror images (i with i ^ (k - 1)), the later ones i with i + j. Keys past n act as
// +infinity, which such a comparator never moves, so comparisons that reach past n are skipped.
//
// bitonic_sort_shared sorts each SORT_BLOCK-key chunk in shared memory. Every merge of size
// k > SORT_BLOCK then runs its strides j >= SORT_BLOCK as one bitonic_merge_global launch each
// (the host loops over k and j), and finishes the strides below SORT_BLOCK, which stay inside
// a chunk, in one bitonic_merge_shared launch.
#include <cuda_runtime.h>
#include <math.h>

#ifndef BLOCK
#define BLOCK 256
#endif
#ifndef SORT_BLOCK
#define SORT_BLOCK (2 * BLOCK)
#endif
#if SORT_BLOCK != 2 * BLOCK
#error "each of the BLOCK threads owns one comparator of a SORT_BLOCK-key chunk"
#endif

__device__ __forceinline__ void compare_exchange(float &lo, float &hi)
{
    if (lo > hi) {
        float t = lo;
        lo = hi;
        hi = t;
    }
}

// The lower index of comparator c in a stage of stride j: c's position in its pair group,
// counted in groups of 2j keys.
__device__ __forceinline__ int lower_index(int c, int j)
{
    return 2 * j * (c / j) + c % j;
}

__device__ void load_chunk(float *tile, const float *keys, int base, int n)
{
    for (int i = threadIdx.x; i < SORT_BLOCK; i += blockDim.x) {
        tile[i] = base + i < n ? keys[base + i] : INFINITY;
    }
}

__device__ void store_chunk(float *keys, const float *tile, int base, int n)
{
    for (int i = threadIdx.x; i < SORT_BLOCK; i += blockDim.x) {
        if (base + i < n) {
            keys[base + i] = tile[i];
        }
    }
}

__global__ void bitonic_sort_shared(float *keys, int n)
{
    __shared__ float tile[SORT_BLOCK];
    int base = blockIdx.x * SORT_BLOCK;
    load_chunk(tile, keys, base, n);
    __syncthreads();
    for (int k = 2; k <= SORT_BLOCK; k <<= 1) {
        for (int j = k >> 1; j > 0; j >>= 1) {
            int lo = lower_index(threadIdx.x, j);
            int hi = j == k >> 1 ? lo ^ (k - 1) : lo + j;
            compare_exchange(tile[lo], tile[hi]);
            __syncthreads();
        }
    }
    store_chunk(keys, tile, base, n);
}

// One stage (k, j) over the whole array, one comparator per thread.
__global__ void bitonic_merge_global(float *keys, int n, int k, int j)
{
    int c = blockIdx.x * blockDim.x + threadIdx.x;
    int lo = lower_index(c, j);
    int hi = j == k >> 1 ? lo ^ (k - 1) : lo + j;
    if (hi < n) {
        compare_exchange(keys[lo], keys[hi]);
    }
}

// The stages j = SORT_BLOCK / 2 .. 1 of a merge, all inside one chunk.
__global__ void bitonic_merge_shared(float *keys, int n)
{
    __shared__ float tile[SORT_BLOCK];
    int base = blockIdx.x * SORT_BLOCK;
    load_chunk(tile, keys, base, n);
    __syncthreads();
    for (int j = SORT_BLOCK >> 1; j > 0; j >>= 1) {
        int lo = lower_index(threadIdx.x, j);
        compare_exchange(tile[lo], tile[lo + j]);
        __syncthreads();
    }
    store_chunk(keys, tile, base, n);
}
