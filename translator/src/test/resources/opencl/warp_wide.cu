// 64-bit and double values are shuffled as two 32-bit halves by overloads of the same helper.
// CHECK: static inline __attribute__((overloadable, always_inline)) long kport_shfl_xor(long v, uint mask, int width, __local int *scratch)
// CHECK: static inline __attribute__((overloadable, always_inline)) double kport_shfl_xor(double v, uint mask, int width, __local int *scratch)
__global__ void butterfly(double *d, long long *w)
{
    int i = threadIdx.x;
    d[i] += __shfl_xor_sync(0xffffffffu, d[i], 1);
    // CHECK: d[i] += kport_shfl_xor(d[i], 1, 32, kport_warp);
    w[i] += __shfl_xor_sync(0xffffffffu, w[i], 1);
}
