// extern __shared__ becomes a last __local pointer parameter, sized by the launch.
__device__ float first_of(const float *scratch) { return scratch[0]; }
// CHECK: float first_of(__local const float *scratch)

__global__ void stencil(const float *in, float *out, int n)
// CHECK: __kernel void stencil(__global const float *in, __global float *out, int n, __local float *smem)
{
    extern __shared__ float smem[];
    extern __shared__ int flags[];
    // CHECK: __local int *flags = (__local int *)smem;
    // CHECK-NOT: extern
    float *w = smem + blockDim.x;
    // CHECK: __local float *w = smem + ((uint)get_local_size(0));
    smem[threadIdx.x] = in[threadIdx.x];
    flags[0] = 1;
    __syncthreads();
    out[threadIdx.x] = first_of(w);
}

__global__ void no_params(void)
// CHECK: __kernel void no_params(__local double *d)
{
    extern __shared__ double d[];
    d[threadIdx.x] = 0.0;
}
