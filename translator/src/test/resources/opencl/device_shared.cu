// __shared__ in a device function: each kernel that reaches it declares it once, and passes it
// down as a __local pointer through every function on the way.
#define BLOCK 256
__device__ float2 block_sum2(float a, float b)
// CHECK: float2 block_sum2(float a, float b, __local float *sa, __local float (*grid)[4])
{
    __shared__ float sa[BLOCK]; // DIAG: KP2020
    __shared__ float grid[BLOCK][4]; // DIAG: KP2020
    // CHECK-NOT: __shared__
    sa[threadIdx.x] = a;
    grid[threadIdx.x][0] = b;
    __syncthreads();
    return make_float2(sa[0], grid[0][0]);
}

__device__ float2 twice(float a)
// CHECK: float2 twice(float a, __local float *block_sum2_sa, __local float (*block_sum2_grid)[4])
{
    return block_sum2(a, a);
    // CHECK: return block_sum2(a, a, block_sum2_sa, block_sum2_grid);
}

__global__ void moments(const float *x, float2 *out)
{
    // CHECK: __local float block_sum2_sa[BLOCK];
    // CHECK: __local float block_sum2_grid[BLOCK][4];
    out[0] = block_sum2(x[0], x[1]);
    // CHECK: out[0] = block_sum2(x[0], x[1], block_sum2_sa, block_sum2_grid);
    out[1] = twice(x[2]);
    // CHECK: out[1] = twice(x[2], block_sum2_sa, block_sum2_grid);
}
