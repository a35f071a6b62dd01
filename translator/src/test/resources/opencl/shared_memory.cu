// Shared memory becomes local memory; a declaration in a nested block moves to kernel scope,
// as OpenCL requires.
#define TILE 16

__global__ void transpose(const float *in, float *out, int n)
{
    // CHECK: __kernel void transpose(__global const float *in, __global float *out, int n)
    // CHECK: {
    // CHECK: __local float staged[TILE];
    // CHECK: __local float tile[TILE][TILE + 1];
    __shared__ float tile[TILE][TILE + 1];
    int x = threadIdx.x;
    if (x < n) {
        __shared__ float staged[TILE]; // DIAG: KP2020
        staged[x] = in[x];
        __syncthreads();
        tile[x][0] = staged[x];
    }
    out[x] = tile[x][0];
    // CHECK: if (x < n) {
    // CHECK-NOT: __local
    // CHECK: staged[x] = in[x];
    // CHECK-ABSENT: __shared__
}
