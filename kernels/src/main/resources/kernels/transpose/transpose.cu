// Out-of-place matrix transpose through a shared tile: a TILE x TILE block of the input is read
// with coalesced rows and written out with coalesced rows of the output. The tile is padded to
// TILE + 1 columns so reading it by column touches 32 different banks. Each thread moves
// TILE / BLOCK_ROWS elements. Matrices of any shape: edge tiles are guarded on both sides.
#include <cuda_runtime.h>

#ifndef TILE
#define TILE 32
#endif
#ifndef BLOCK_ROWS
#define BLOCK_ROWS 8
#endif

// in is rows x cols, out is cols x rows, both row-major
__global__ void transpose(float *__restrict__ out, const float *__restrict__ in, int rows, int cols)
{
    __shared__ float tile[TILE][TILE + 1];

    int x = blockIdx.x * TILE + threadIdx.x;   // input column
    int y = blockIdx.y * TILE + threadIdx.y;   // input row
    for (int j = 0; j < TILE; j += BLOCK_ROWS) {
        if (x < cols && y + j < rows) {
            tile[threadIdx.y + j][threadIdx.x] = in[(size_t)(y + j) * cols + x];
        }
    }
    __syncthreads();

    x = blockIdx.y * TILE + threadIdx.x;       // output column = input row
    y = blockIdx.x * TILE + threadIdx.y;       // output row = input column
    for (int j = 0; j < TILE; j += BLOCK_ROWS) {
        if (x < rows && y + j < cols) {
            out[(size_t)(y + j) * rows + x] = tile[threadIdx.x][threadIdx.y + j];
        }
    }
}
