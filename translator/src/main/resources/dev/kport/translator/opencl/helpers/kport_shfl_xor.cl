// CUDA's __shfl_xor_sync: the value of lane (lane ^ mask), within segments of 'width' lanes
static inline __attribute__((overloadable, always_inline)) int kport_shfl_xor(int v, uint mask, int width, __local int *scratch)
{
    uint t = kport_linear_id();
    uint src = t ^ mask;
    return kport_warp_exchange(v, src, src / width == t / width, scratch);
}
static inline __attribute__((overloadable, always_inline)) uint kport_shfl_xor(uint v, uint mask, int width, __local int *scratch)
{
    return as_uint(kport_shfl_xor(as_int(v), mask, width, scratch));
}
static inline __attribute__((overloadable, always_inline)) float kport_shfl_xor(float v, uint mask, int width, __local int *scratch)
{
    return as_float(kport_shfl_xor(as_int(v), mask, width, scratch));
}
// 64-bit values travel as two 32-bit halves
static inline __attribute__((overloadable, always_inline)) long kport_shfl_xor(long v, uint mask, int width, __local int *scratch)
{
    int2 halves = as_int2(v);
    halves.x = kport_shfl_xor(halves.x, mask, width, scratch);
    halves.y = kport_shfl_xor(halves.y, mask, width, scratch);
    return as_long(halves);
}
static inline __attribute__((overloadable, always_inline)) ulong kport_shfl_xor(ulong v, uint mask, int width, __local int *scratch)
{
    return as_ulong(kport_shfl_xor(as_long(v), mask, width, scratch));
}
#ifdef cl_khr_fp64
static inline __attribute__((overloadable, always_inline)) double kport_shfl_xor(double v, uint mask, int width, __local int *scratch)
{
    return as_double(kport_shfl_xor(as_long(v), mask, width, scratch));
}
#endif
