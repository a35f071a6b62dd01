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
