// C = A * B for row-major A (M x K), B (K x N), C (M x N), staged through shared memory: each
// block loads a TILE x TILE tile of A and of B per step along K, so every global element is read
// M / TILE (or N / TILE) times instead of M (or N). Out-of-range tile entries load as zero, which
// leaves the sums unchanged and keeps every thread at every barrier.
#include <cuda_runtime.h>

#ifndef TILE
#define TILE 16
#endif

__global__ void matmul_tiled(const float *__restrict__ A, const float *__restrict__ B,
                             float *__restrict__ C, int M, int N, int K)
{
    __shared__ float As[TILE][TILE];
    __shared__ float Bs[TILE][TILE];
    const int tx = threadIdx.x;
    const int ty = threadIdx.y;
    const int row = blockIdx.y * TILE + ty;
    const int col = blockIdx.x * TILE + tx;

    float acc = 0.0f;
    for (int t = 0; t < (K + TILE - 1) / TILE; ++t) {
        const int ka = t * TILE + tx;   // column of A this thread loads
        const int kb = t * TILE + ty;   // row of B this thread loads
        As[ty][tx] = (row < M && ka < K) ? A[row * K + ka] : 0.0f;
        Bs[ty][tx] = (kb < K && col < N) ? B[kb * N + col] : 0.0f;
        __syncthreads();

#pragma unroll
        for (int k = 0; k < TILE; ++k) {
            acc += As[ty][k] * Bs[k][tx];
        }
        __syncthreads();   // the next iteration overwrites the tiles
    }
    if (row < M && col < N) {
        C[row * N + col] = acc;
    }
}
