// Warp emulation: OpenCL 1.2 has no warps, so 32 consecutive work-items play one. Each shares its
// (inlined: PoCL orders barriers reliably only once they sit in the kernel itself)
// value in __local scratch (one int per work-item, sized for CUDA's 1024 threads) between
// barriers, and reads the value of lane 'src'. Every work-item of the group must reach the call.
static inline __attribute__((always_inline)) int kport_warp_exchange(int v, uint src, int valid, __local int *scratch)
{
    uint t = kport_linear_id();
    barrier(CLK_LOCAL_MEM_FENCE);
    scratch[t] = v;
    barrier(CLK_LOCAL_MEM_FENCE);
    return valid && src < kport_block_threads() ? scratch[src] : v;
}
