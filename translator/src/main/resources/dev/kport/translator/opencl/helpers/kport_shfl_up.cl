// CUDA's __shfl_up_sync: the value of the lane 'delta' below, within segments of 'width' lanes
static inline __attribute__((overloadable, always_inline)) int kport_shfl_up(int v, uint delta, int width, __local int *scratch)
{
    uint t = kport_linear_id();
    return kport_warp_exchange(v, t - delta, t % width >= delta, scratch);
}
static inline __attribute__((overloadable, always_inline)) uint kport_shfl_up(uint v, uint delta, int width, __local int *scratch)
{
    return as_uint(kport_shfl_up(as_int(v), delta, width, scratch));
}
static inline __attribute__((overloadable, always_inline)) float kport_shfl_up(float v, uint delta, int width, __local int *scratch)
{
    return as_float(kport_shfl_up(as_int(v), delta, width, scratch));
}
