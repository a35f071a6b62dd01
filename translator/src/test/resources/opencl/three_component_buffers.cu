// float3/int3 buffers keep CUDA's 12-byte elements: scalar pointers, vload3/vstore3, and
// p[i].y as the scalar p[3 * (i) + 1].
__global__ void advance(const float3 *pos, float3 *out, int3 *cells, float dt, int n)
// CHECK: __kernel void advance(__global const float *pos, __global float *out, __global int *cells, float dt, int n)
{
    int i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i >= n) return;
    float3 p = pos[i];
    // CHECK: float3 p = vload3(i, pos);
    out[i] = p + make_float3(dt, dt, dt);
    // CHECK: vstore3(p + (float3)(dt, dt, dt), i, out);
    out[i] += pos[threadIdx.x];
    // CHECK: vstore3(vload3(i, out) + (vload3(((uint)get_local_id(0)), pos)), i, out);
    out[i].y = pos[i].z * 2.0f;
    // CHECK: out[3 * (i) + 1] = pos[3 * (i) + 2] * 2.0f;
    cells[i] = make_int3(i, 0, 0);
    // CHECK: vstore3((int3)(i, 0, 0), i, cells);
    const float3 *rest = pos + 1; // DIAG: KP2047
}
