// CUDA's __shfl_sync: the value of lane 'src' of the caller's segment of 'width' lanes
static inline __attribute__((overloadable, always_inline)) int kport_shfl(int v, int src, int width, __local int *scratch)
{
    uint t = kport_linear_id();
    return kport_warp_exchange(v, t - t % width + (uint)src % width, 1, scratch);
}
static inline __attribute__((overloadable, always_inline)) uint kport_shfl(uint v, int src, int width, __local int *scratch)
{
    return as_uint(kport_shfl(as_int(v), src, width, scratch));
}
static inline __attribute__((overloadable, always_inline)) float kport_shfl(float v, int src, int width, __local int *scratch)
{
    return as_float(kport_shfl(as_int(v), src, width, scratch));
}
// 64-bit values travel as two 32-bit halves
static inline __attribute__((overloadable, always_inline)) long kport_shfl(long v, int src, int width, __local int *scratch)
{
    int2 halves = as_int2(v);
    halves.x = kport_shfl(halves.x, src, width, scratch);
    halves.y = kport_shfl(halves.y, src, width, scratch);
    return as_long(halves);
}
static inline __attribute__((overloadable, always_inline)) ulong kport_shfl(ulong v, int src, int width, __local int *scratch)
{
    return as_ulong(kport_shfl(as_long(v), src, width, scratch));
}
#ifdef cl_khr_fp64
static inline __attribute__((overloadable, always_inline)) double kport_shfl(double v, int src, int width, __local int *scratch)
{
    return as_double(kport_shfl(as_long(v), src, width, scratch));
}
#endif
