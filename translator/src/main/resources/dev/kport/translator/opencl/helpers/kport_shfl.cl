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
