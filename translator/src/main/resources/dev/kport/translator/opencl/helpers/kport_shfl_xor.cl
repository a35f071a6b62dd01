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
