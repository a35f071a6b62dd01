// vector_add as one would write it for OpenCL directly: one work-item per element, no loop.
// Launched like the translation (same kernel name, same arguments), so `kport bench` shows what
// translating costs against porting by hand.
__kernel void vector_add(__global const float *restrict a, __global const float *restrict b,
                         __global float *restrict c, int n)
{
    size_t i = get_global_id(0);
    if (i < (size_t)n) {
        c[i] = a[i] + b[i];
    }
}
