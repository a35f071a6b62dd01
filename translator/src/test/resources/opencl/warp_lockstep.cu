// Warp-synchronous reductions through volatile shared memory rely on lockstep: kept, with a warning.
__device__ void warp_reduce(volatile float *s, int tid) // DIAG: KP2046
{
    s[tid] += s[tid + 32];
    s[tid] += s[tid + 16];
    s[tid] += s[tid + 8];
}
// CHECK: void warp_reduce(__local volatile float *s, int tid)

__device__ void ordered(volatile float *s, int tid)
{
    s[tid] += s[tid + 32];
    __syncwarp();
    s[tid] += s[tid + 16];
}

__global__ void reduce(float *out)
{
    __shared__ float sdata[64];
    int tid = threadIdx.x;
    sdata[tid] = out[tid];
    __syncthreads();
    if (tid < 32) {
        warp_reduce(sdata, tid);
        ordered(sdata, tid);
    }
    if (tid == 0) out[0] = sdata[0];
}
