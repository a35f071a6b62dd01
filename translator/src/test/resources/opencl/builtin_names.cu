// User functions and variables named like OpenCL built-ins or keywords are renamed, uses included.
__device__ float clamp(float v, float lo, float hi) { return v < lo ? lo : v > hi ? hi : v; } // DIAG: KP2043
// CHECK: float clamp_(float v, float lo, float hi)

__global__ void dot(const float *a, float *out) // DIAG: KP2043
{
    // CHECK: __kernel void dot_(__global const float *a, __global float *out)
    float local = a[threadIdx.x];
    out[0] = clamp(local, 0.0f, 1.0f) + fminf(local, 2.0f);
    // CHECK: out[0] = clamp_(local_, 0.0f, 1.0f) + fmin(local_, 2.0f);
}
