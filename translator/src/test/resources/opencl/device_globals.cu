// __constant__ and __device__ variables become kernel arguments the harness fills by name.
#define RADIUS 2
#define WIDTH (2 * RADIUS + 1)
__constant__ float c_mask[WIDTH * WIDTH];
// CHECK: /* c_mask: a kernel argument in OpenCL (constant memory) */
__constant__ float c_scale;
__device__ int d_table[4][8];
__constant__ Unknown c_odd[3]; // DIAG: KP2063

__device__ float weight(int i)
// CHECK: float weight(int i, __constant float *c_mask, __constant float *c_scale)
{
    return c_mask[i] * c_scale;
    // CHECK: return c_mask[i] * (*c_scale);
}

__global__ void blur(const float *in, float *out)
// CHECK: __kernel void blur(__global const float *in, __global float *out, __global int (*d_table)[8], __constant float *c_mask, __constant float *c_scale)
{
    int i = threadIdx.x;
    out[i] = in[i] * weight(i) + d_table[1][i % 8];
    // CHECK: out[i] = in[i] * weight(i, c_mask, c_scale) + d_table[1][i % 8];
}

__global__ void odd(float *out)
{
    out[0] = c_odd[0];
}

__device__ unsigned int d_count;
__device__ float d_sums[8];

__global__ void count(const float *in)
// CHECK: __kernel void count(__global const float *in, __global unsigned int *d_count, __global float *d_sums)
{
    atomicAdd(&d_count, 1u);
    // CHECK: atomic_add(&(*d_count), 1u);
    atomicAdd(&d_sums[threadIdx.x % 8], in[threadIdx.x]);
    // CHECK: kport_atomic_add_float_global(&d_sums[((uint)get_local_id(0)) % 8], in[((uint)get_local_id(0))]);
}
