// saxpy written for OpenCL directly: launched like the translation, so `kport bench`
// shows what translating costs against porting by hand.
__kernel void saxpy(int n, float alpha, __global const float *restrict x, __global float *restrict y)
{
    size_t i = get_global_id(0);
    if (i < (size_t)n) {
        y[i] = alpha * x[i] + y[i];
    }
}
