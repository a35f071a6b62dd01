// A kernel file as projects write them: a local header with element-type, index and loop
// macros, a size given only as -D, and host code with its own includes and helpers. The
// macros the kernels need are carried into the .cl; the host code is left out.
// DEFINE: TILE=16
#include <cstdio>
#include <vector>
#include "include/grid_types.h"
// CHECK: // begin #include "include/grid_types.h"
// CHECK: #define ELEM float
// CHECK: #define IDX(row, col, width) ((row) * (width) + (col))
// CHECK: #define FOR_EACH_TILE(k, n) for (int k = 0; k < (n); k += TILE)
// CHECK-ABSENT: host_tiles
// CHECK-ABSENT: #include <

__constant__ ELEM c_bias[TILE];
// CHECK: /* c_bias: a kernel argument in OpenCL (constant memory) */

__global__ void add_rows(const ELEM *in, ELEM *out, int rows, int width)
// CHECK: __kernel void add_rows(__global const ELEM *in, __global ELEM *out, int rows, int width, __constant ELEM *c_bias)
{
    int r = blockIdx.x * blockDim.x + threadIdx.x;
    if (r >= rows) return;
    ELEM sum = 0;
    FOR_EACH_TILE(k, width) {
        for (int j = 0; j < TILE && k + j < width; j++) {
            sum += in[IDX(r, k + j, width)] + c_bias[j];
        }
    }
    // CHECK: sum += in[IDX(r, k + j, width)] + c_bias[j];
    out[r] = sum;
}

static void check(cudaError_t e)
{
    if (e != cudaSuccess) { std::printf("%s\n", cudaGetErrorString(e)); }
}
// CHECK-ABSENT: cudaGetErrorString

int main()
{
    std::vector<float> host(IDX(4, 0, 64));
    float *d = nullptr;
    check(cudaMalloc(&d, host.size() * sizeof(float)));
    add_rows<<<host_tiles(4), TILE>>>(d, d, 4, 64);
    return 0;
}
// CHECK-ABSENT: int main
