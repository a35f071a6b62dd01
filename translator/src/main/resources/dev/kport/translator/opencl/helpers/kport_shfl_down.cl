// CUDA's __shfl_down_sync: the value of the lane 'delta' above, within segments of 'width' lanes
static inline __attribute__((overloadable, always_inline)) int kport_shfl_down(int v, uint delta, int width, __local int *scratch)
{
    uint t = kport_linear_id();
    return kport_warp_exchange(v, t + delta, t % width + delta < width, scratch);
}
static inline __attribute__((overloadable, always_inline)) uint kport_shfl_down(uint v, uint delta, int width, __local int *scratch)
{
    return as_uint(kport_shfl_down(as_int(v), delta, width, scratch));
}
static inline __attribute__((overloadable, always_inline)) float kport_shfl_down(float v, uint delta, int width, __local int *scratch)
{
    return as_float(kport_shfl_down(as_int(v), delta, width, scratch));
}
// 64-bit values travel as two 32-bit halves
static inline __attribute__((overloadable, always_inline)) long kport_shfl_down(long v, uint delta, int width, __local int *scratch)
{
    int2 halves = as_int2(v);
    halves.x = kport_shfl_down(halves.x, delta, width, scratch);
    halves.y = kport_shfl_down(halves.y, delta, width, scratch);
    return as_long(halves);
}
static inline __attribute__((overloadable, always_inline)) ulong kport_shfl_down(ulong v, uint delta, int width, __local int *scratch)
{
    return as_ulong(kport_shfl_down(as_long(v), delta, width, scratch));
}
#ifdef cl_khr_fp64
static inline __attribute__((overloadable, always_inline)) double kport_shfl_down(double v, uint delta, int width, __local int *scratch)
{
    return as_double(kport_shfl_down(as_long(v), delta, width, scratch));
}
#endif
