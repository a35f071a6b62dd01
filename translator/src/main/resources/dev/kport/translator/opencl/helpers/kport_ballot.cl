// CUDA's __ballot_sync: bit k set when lane k of the caller's warp passes a true predicate
// (inlined: PoCL orders barriers reliably only once they sit in the kernel itself)
static inline __attribute__((always_inline)) uint kport_ballot(int predicate, __local int *scratch)
{
    uint t = kport_linear_id();
    barrier(CLK_LOCAL_MEM_FENCE);
    scratch[t] = predicate != 0;
    barrier(CLK_LOCAL_MEM_FENCE);
    uint base = t - t % 32;
    uint n = kport_block_threads();
    uint mask = 0;
    for (uint k = 0; k < 32 && base + k < n; k++) {
        mask |= (scratch[base + k] != 0 ? 1u : 0u) << k;
    }
    return mask;
}
