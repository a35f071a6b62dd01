// y = A x with one __device__ dot product called on pointers of two address spaces: for every
// full TILE of columns the block stages x in shared memory and the call reads x from there; the
// last partial tile calls the same function on x in global memory. (OpenCL needs one copy of
// dot_strided per combination of address spaces its pointers take.)
//
// A is stored column-major (a[k * rows + row]), so the threads of a warp, one row each, read
// consecutive addresses of a column.
#include <cuda_runtime.h>
#include <stddef.h>

#ifndef TILE
#define TILE 256
#endif

__device__ float dot_strided(const float *a, int stride_a, const float *b, int stride_b, int n)
{
    float sum = 0.0f;
    for (int k = 0; k < n; k++) {
        sum += a[k * stride_a] * b[k * stride_b];
    }
    return sum;
}

__global__ void gemv_tiled(const float *__restrict__ a, const float *__restrict__ x,
                           float *__restrict__ y, int rows, int cols)
{
    __shared__ float xs[TILE];
    int row = blockIdx.x * blockDim.x + threadIdx.x;
    int full = cols - cols % TILE;
    float sum = 0.0f;

    for (int k0 = 0; k0 < full; k0 += TILE) {
        for (int k = threadIdx.x; k < TILE; k += blockDim.x) {
            xs[k] = x[k0 + k];
        }
        __syncthreads();
        if (row < rows) {
            sum += dot_strided(a + (size_t)k0 * rows + row, rows, xs, 1, TILE);
        }
        __syncthreads();
    }
    if (row < rows) {
        sum += dot_strided(a + (size_t)full * rows + row, rows, x + full, 1, cols - full);
        y[row] = sum;
    }
}
