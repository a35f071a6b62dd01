// Stream compaction with one atomic counter: each element whose flag (x > threshold) is set gets
// a slot in the output. Warp-aggregated: the warp ballots its flags, its first flagged lane
// reserves all the warp's slots with a single atomicAdd, and each flagged lane takes the slot
// given by the number of flagged lanes below it. Order is kept within a warp but not across
// warps (that depends on which warp wins the atomic), so the output order is unspecified.
// scatter_kept puts each kept element back at its original index, which makes the result
// independent of that order for checking: any lost or duplicated element shows.
#include <cuda_runtime.h>

#define FULL_MASK 0xffffffffu

__global__ void compact(const float *__restrict__ in, float *__restrict__ values,
                        int *__restrict__ indices, int *count, int n, float threshold)
{
    const int lane = threadIdx.x % warpSize;
    const unsigned int lanes_below = (1u << lane) - 1u;

    // the loop bound is the same for the whole block, so every lane reaches every ballot
    for (int base = blockIdx.x * blockDim.x; base < n; base += blockDim.x * gridDim.x) {
        const int i = base + threadIdx.x;
        const bool flag = i < n && in[i] > threshold;
        const unsigned int ballot = __ballot_sync(FULL_MASK, flag);
        if (ballot == 0) {
            continue;   // the same for all lanes of the warp
        }
        const int leader = __ffs(ballot) - 1;
        int first = 0;
        if (lane == leader) {
            first = atomicAdd(count, __popc(ballot));
        }
        first = __shfl_sync(FULL_MASK, first, leader);
        if (flag) {
            const int slot = first + __popc(ballot & lanes_below);
            values[slot] = in[i];
            indices[slot] = i;
        }
    }
}

__global__ void scatter_kept(const float *__restrict__ values, const int *__restrict__ indices,
                             const int *__restrict__ count, float *__restrict__ dense)
{
    const int j = blockIdx.x * blockDim.x + threadIdx.x;
    if (j < *count) {
        dense[indices[j]] = values[j];
    }
}
