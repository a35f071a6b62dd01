// Vector constructors become vector literals; read-only-cache loads become plain loads.
__global__ void vectors(const float4 *in, float4 *out, const float3 *points)
{
    int i = threadIdx.x;
    float4 a = __ldg(&in[i]);
    // CHECK: float4 a = (*(&in[i]));
    out[i] = make_float4(a.x, a.y, 0.0f, 1.0f);
    // CHECK: out[i] = (float4)(a.x, a.y, 0.0f, 1.0f);
    longlong2 wide = make_longlong2(1, 2);
    // CHECK: long2 wide = (long2)(1, 2);
    uint2 u = make_uint2(__ldg(&in[0]).x, 0) ;
    // CHECK: uint2 u = (uint2)((*(&in[0])).x, 0) ;
    out[0].w = points[0].z + wide.x + u.y;
}
