// A device function called with __global and __local pointers is emitted once per memory.
__device__ float dot_strided(const float *a, int sa, const float *b, int n) // DIAG: KP2033
{
    float sum = 0.0f;
    const float *p = b;
    for (int k = 0; k < n; k++) sum += a[k * sa] * p[k];
    return sum;
}
// CHECK: float dot_strided_local(__global const float *a, int sa, __local const float *b, int n)
// CHECK: __local const float *p = b;
// CHECK: float dot_strided_global(__global const float *a, int sa, __global const float *b, int n)
// CHECK: __global const float *p = b;

__global__ void gemv(const float *a, const float *x, float *y, int n)
{
    __shared__ float xs[64];
    xs[threadIdx.x] = x[threadIdx.x];
    __syncthreads();
    y[threadIdx.x] = dot_strided(a, n, xs, 64) + dot_strided(a, n, x, n);
    // CHECK: y[((uint)get_local_id(0))] = dot_strided_local(a, n, xs, 64) + dot_strided_global(a, n, x, n);
}
