// C = A * B for row-major A (M x K), B (K x N), C (M x N): one thread per element of C, reading
// its row of A and column of B straight from global memory. The baseline matmul_tiled improves on.
#include <cuda_runtime.h>

__global__ void matmul_naive(const float *__restrict__ A, const float *__restrict__ B,
                             float *__restrict__ C, int M, int N, int K)
{
    const int row = blockIdx.y * blockDim.y + threadIdx.y;
    const int col = blockIdx.x * blockDim.x + threadIdx.x;
    if (row < M && col < N) {
        float acc = 0.0f;
        for (int k = 0; k < K; ++k) {
            acc += A[row * K + k] * B[k * N + col];
        }
        C[row * N + col] = acc;
    }
}
