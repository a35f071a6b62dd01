// A cast to a pointer type keeps the memory of what it casts, which OpenCL wants spelled out.
__global__ void vec_copy(const float *in, float *out)
{
    __shared__ float stage[64];
    int i = threadIdx.x;
    float4 v = ((const float4 *)in)[i];
    // CHECK: float4 v = ((__global const float4 *)in)[i];
    ((float4 *)stage)[i] = v;
    // CHECK: ((__local float4 *)stage)[i] = v;
    float2 *pair = (float2 *)(out + 4 * i);
    // CHECK: __global float2 *pair = (__global float2 *)(out + 4 * i);
    pair[0] = ((float2 *)&stage[0])[i];
    // CHECK: pair[0] = ((__local float2 *)&stage[0])[i];
    out[i] = (float)i;
    // CHECK: out[i] = (float)i;
}
