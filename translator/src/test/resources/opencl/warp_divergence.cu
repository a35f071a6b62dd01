// Warp primitives under a branch are made convergent: every work-item runs them, the branch's
// other statements and the results are kept to the work-items it selects.
__device__ float warp_sum(float v)
{
    return v + __shfl_down_sync(0xffffffffu, v, 1);
}

__global__ void stages(const float *in, float *out, int *count, int n)
{
    int lane = threadIdx.x % warpSize;
    float sum = in[threadIdx.x];
    if (threadIdx.x < 32) { // DIAG: KP2044
        sum = sum * 2.0f;
        sum = warp_sum(sum);
        if (lane == 0) {
            out[0] = sum;
        }
    }
    // CHECK: { const int kport_on1 = (((uint)get_local_id(0)) < 32); {
    // CHECK: if (kport_on1) { sum = sum * 2.0f; }
    // CHECK: { __typeof__(sum) kport_v2 = warp_sum(sum, kport_warp); if (kport_on1) sum = kport_v2; }
    // CHECK: if (kport_on1) { if (lane == 0) {
    for (int base = 0; base < n; base += blockDim.x) {
        unsigned ballot = __ballot_sync(0xffffffffu, in[base] > 0.0f);
        if (ballot == 0) continue; // DIAG: KP2044
        // CHECK: const int kport_on3 = ! (ballot == 0);
        int first = 0;
        first = __shfl_sync(0xffffffffu, first, 0);
        // CHECK: { __typeof__(first) kport_v4 = kport_shfl(first, 0, 32, kport_warp); if (kport_on3) first = kport_v4; }
        atomicAdd(count, first);
        // CHECK: if (kport_on3) { atomic_add(count, first); }
    }
    if (lane == 1) { // DIAG: KP2045
        out[1] = warp_sum(sum);
    } else {
        out[2] = 0.0f;
    }
}

__device__ void publish(float *out, float v)
{
    out[threadIdx.x] = __shfl_down_sync(0xffffffffu, v, 1);
}

__global__ void side_effects(float *out)
{
    if (threadIdx.x < 32) { // DIAG: KP2044
        publish(out, 1.0f); // DIAG: KP2048
        // CHECK: publish(out, 1.0f, kport_warp);
    }
}
