// Exclusive prefix sum of ints, work-efficient (Blelloch): each block scans ELEMS = 2 * BLOCK
// elements in shared memory with an up-sweep and a down-sweep, and writes its total. The host
// scans those totals the same way (recursively) and adds each block's offset back.
// Shared indices are padded by one word per 32 (as in GPU Gems 3, ch. 39) so the tree's strided
// accesses do not fall into the same bank.
#include <cuda_runtime.h>

#ifndef BLOCK
#define BLOCK 256
#endif

#define ELEMS (2 * BLOCK)
#define LOG_NUM_BANKS 5
#define CONFLICT_FREE_OFFSET(i) ((i) >> LOG_NUM_BANKS)

// in and out may be the same array (the host scans block sums in place): each block reads its
// own ELEMS elements before it writes them.
__global__ void scan_blocks(const int *in, int *out, int *block_sums, int n)
{
    __shared__ int temp[ELEMS + CONFLICT_FREE_OFFSET(ELEMS)];
    const int tid = threadIdx.x;
    const int base = blockIdx.x * ELEMS;
    const int ai = tid;
    const int bi = tid + BLOCK;
    const int pad_a = CONFLICT_FREE_OFFSET(ai);
    const int pad_b = CONFLICT_FREE_OFFSET(bi);

    temp[ai + pad_a] = base + ai < n ? in[base + ai] : 0;
    temp[bi + pad_b] = base + bi < n ? in[base + bi] : 0;

    // up-sweep: build partial sums in place up the tree
    int offset = 1;
    for (int d = ELEMS >> 1; d > 0; d >>= 1) {
        __syncthreads();
        if (tid < d) {
            int a = offset * (2 * tid + 1) - 1;
            int b = offset * (2 * tid + 2) - 1;
            a += CONFLICT_FREE_OFFSET(a);
            b += CONFLICT_FREE_OFFSET(b);
            temp[b] += temp[a];
        }
        offset <<= 1;
    }

    // the root holds the block's total: publish it, then clear it for the exclusive scan
    if (tid == 0) {
        const int last = ELEMS - 1 + CONFLICT_FREE_OFFSET(ELEMS - 1);
        block_sums[blockIdx.x] = temp[last];
        temp[last] = 0;
    }

    // down-sweep: swap and add back down the tree
    for (int d = 1; d < ELEMS; d <<= 1) {
        offset >>= 1;
        __syncthreads();
        if (tid < d) {
            int a = offset * (2 * tid + 1) - 1;
            int b = offset * (2 * tid + 2) - 1;
            a += CONFLICT_FREE_OFFSET(a);
            b += CONFLICT_FREE_OFFSET(b);
            const int t = temp[a];
            temp[a] = temp[b];
            temp[b] += t;
        }
    }
    __syncthreads();

    if (base + ai < n) {
        out[base + ai] = temp[ai + pad_a];
    }
    if (base + bi < n) {
        out[base + bi] = temp[bi + pad_b];
    }
}

// Adds the scanned total of all earlier blocks to each element of a block's ELEMS elements.
__global__ void add_block_offsets(int *data, const int *offsets, int n)
{
    const int add = offsets[blockIdx.x];
    const int i = blockIdx.x * ELEMS + threadIdx.x;
    if (i < n) {
        data[i] += add;
    }
    if (i + BLOCK < n) {
        data[i + BLOCK] += add;
    }
}
