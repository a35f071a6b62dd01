// C++ spellings in device code that OpenCL C writes differently.
__global__ void cpp(const float *in, float *out, int n)
{
    __shared__ float stage[8];
    int i = static_cast<int>(threadIdx.x);
    // CHECK: int i = ((int)(((uint)get_local_id(0))));
    const float4 *vin = reinterpret_cast<const float4 *>(in);
    // CHECK: __global const float4 *vin = ((__global const float4 *)(in));
    float2 *s2 = reinterpret_cast<float2 *>(&stage[0]);
    // CHECK: __local float2 *s2 = ((__local float2 *)(&stage[0]));
    float *none = nullptr; // DIAG: KP2032
    // CHECK: float *none = 0;
    out[i] = vin[0].x + s2[0].y + static_cast<float>(n) / 2;
    // CHECK: out[i] = vin[0].x + s2[0].y + ((float)(n)) / 2;
}

__global__ void parent(float *p)
{
    cpp<<<1, 1>>>(p, p, 1); // DIAG: KP2040
}
