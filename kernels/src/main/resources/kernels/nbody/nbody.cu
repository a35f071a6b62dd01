// All-pairs gravitational accelerations (the GPU Gems 3 scheme): each thread owns one body and
// walks the others a tile at a time, every tile staged once in shared memory by the whole block.
// pos.xyz is the position and pos.w the mass; the softening EPS2 keeps close pairs finite and
// makes the self-interaction contribute exactly zero (r = 0). EPS2 arrives as a -D literal, a
// double, hence the cast that keeps the arithmetic in float.
#include <cuda_runtime.h>

#ifndef BLOCK
#define BLOCK 256
#endif
#ifndef EPS2
#define EPS2 0.01
#endif

__device__ float3 body_body(float4 bi, float4 bj, float3 acc)
{
    float3 r = make_float3(bj.x - bi.x, bj.y - bi.y, bj.z - bi.z);
    float dist2 = r.x * r.x + r.y * r.y + r.z * r.z + (float)EPS2;
    float inv = rsqrtf(dist2);
    float s = bj.w * inv * inv * inv;
    acc.x += r.x * s;
    acc.y += r.y * s;
    acc.z += r.z * s;
    return acc;
}

__global__ void nbody_accel(const float4 *__restrict__ pos, float4 *__restrict__ accel, int n)
{
    __shared__ float4 tile[BLOCK];
    int i = blockIdx.x * blockDim.x + threadIdx.x;
    // threads past the end still load tiles and reach every barrier; they only skip the store
    float4 me = i < n ? pos[i] : make_float4(0.0f, 0.0f, 0.0f, 0.0f);
    float3 acc = make_float3(0.0f, 0.0f, 0.0f);

    for (int base = 0; base < n; base += BLOCK) {
        int j = base + threadIdx.x;
        // a zero-mass body past the end adds nothing
        tile[threadIdx.x] = j < n ? pos[j] : make_float4(0.0f, 0.0f, 0.0f, 0.0f);
        __syncthreads();
#pragma unroll 8
        for (int k = 0; k < BLOCK; k++) {
            acc = body_body(me, tile[k], acc);
        }
        __syncthreads();
    }
    if (i < n) {
        accel[i] = make_float4(acc.x, acc.y, acc.z, 0.0f);
    }
}
