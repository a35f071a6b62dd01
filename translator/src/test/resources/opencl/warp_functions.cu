// Warp primitives are emulated by kport_ helpers that exchange values through __local scratch;
// the lane mask goes, shuffles get CUDA's default width, warpSize is 32.
// CHECK: static inline __attribute__((always_inline)) uint kport_ballot(int predicate, __local int *scratch)
#define FULL 0xffffffffu
__device__ float warp_sum(float v)
// CHECK: static inline __attribute__((always_inline)) float warp_sum(float v, __local int *kport_warp)
{
    for (int offset = warpSize / 2; offset > 0; offset >>= 1) {
        // CHECK: for (int offset = 32 / 2; offset > 0; offset >>= 1) {
        v += __shfl_down_sync(FULL, v, offset);
        // CHECK: v += kport_shfl_down(v, offset, 32, kport_warp);
    }
    return v;
}

__global__ void votes(const int *in, unsigned *out, float *sums)
{
    // CHECK: __local int kport_warp[1024];
    int v = in[threadIdx.x];
    unsigned odd = __ballot_sync(FULL, v & 1);
    // CHECK: unsigned odd = kport_ballot(v & 1, kport_warp);
    int any = __any_sync(FULL, v == 0) + __all_sync(__activemask(), v > 0);
    // CHECK: int any = kport_any(v == 0, kport_warp) + kport_all(v > 0, kport_warp);
    int up = __shfl_up_sync(FULL, v, 1, 16) + __shfl_xor_sync(FULL, v, 3) + __shfl_sync(FULL, v, 0);
    // CHECK: int up = kport_shfl_up(v, 1, 16, kport_warp) + kport_shfl_xor(v, 3, 32, kport_warp) + kport_shfl(v, 0, 32, kport_warp);
    unsigned mask = __activemask();
    // CHECK: unsigned mask = kport_activemask();
    __syncwarp();
    // CHECK: barrier(CLK_LOCAL_MEM_FENCE);
    out[threadIdx.x] = odd + any + up + mask;
    sums[threadIdx.x] = warp_sum((float)v);
    // CHECK: sums[((uint)get_local_id(0))] = warp_sum((float)v, kport_warp);
}
