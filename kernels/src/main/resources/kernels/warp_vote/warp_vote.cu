// Warp votes over int values, one result per warp of 32 consecutive elements: the ballot of odd
// values and its population count, whether any value is zero, whether all are below THRESHOLD.
// Every lane of every launched warp votes (the full mask is exact); lanes past n vote the neutral
// value (false for the ballot and any, true for all), and warps wholly past n write nothing.
#include <cuda_runtime.h>

#ifndef THRESHOLD
#define THRESHOLD 97
#endif

#define FULL_MASK 0xffffffffu

__global__ void warp_vote(const int *__restrict__ values, unsigned int *__restrict__ odd_ballot,
                          int *__restrict__ odd_count, int *__restrict__ any_zero,
                          int *__restrict__ all_small, int n)
{
    int i = blockIdx.x * blockDim.x + threadIdx.x;
    int lane = threadIdx.x % warpSize;
    int warp = i / warpSize;
    bool in_range = i < n;
    int v = in_range ? values[i] : 0;

    unsigned int odd = __ballot_sync(FULL_MASK, in_range && (v & 1));
    int zero = __any_sync(FULL_MASK, in_range && v == 0);
    int small = __all_sync(FULL_MASK, !in_range || v < THRESHOLD);

    if (lane == 0 && warp * warpSize < n) {
        odd_ballot[warp] = odd;
        odd_count[warp] = __popc(odd);
        // the votes promise only non-zero for true: store 0 or 1
        any_zero[warp] = zero != 0;
        all_small[warp] = small != 0;
    }
}
