// extern __shared__ in a device function: the kernel's dynamic local argument is passed down to it.
__device__ float *scratch()
// CHECK: __local float *scratch(__local void *kport_dynamic)
{
    extern __shared__ float dyn[];
    // CHECK: __local float *dyn = (__local float *)kport_dynamic;
    return dyn;
}

__device__ float stage(float v)
// CHECK: float stage(float v, __local void *kport_dynamic)
{
    float *s = scratch();
    // CHECK: __local float *s = scratch(kport_dynamic);
    s[threadIdx.x] = v;
    __syncthreads();
    return s[0];
}

__global__ void only_callees(float *out)
// CHECK: __kernel void only_callees(__global float *out, __local uchar *kport_dynamic)
{
    out[threadIdx.x] = stage(out[threadIdx.x]);
    // CHECK: out[((uint)get_local_id(0))] = stage(out[((uint)get_local_id(0))], kport_dynamic);
}

__global__ void own_too(float *out)
// CHECK: __kernel void own_too(__global float *out, __local int *mine)
{
    extern __shared__ int mine[];
    mine[0] = 1;
    out[0] = stage(1.0f) + mine[0];
    // CHECK: out[0] = stage(1.0f, mine) + mine[0];
}
