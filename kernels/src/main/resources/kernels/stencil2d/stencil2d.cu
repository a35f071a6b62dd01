// One explicit step of the 2D heat equation on a width x height grid (5-point Laplacian):
//   out = in + alpha * (left + right + up + down - 4 * in)
// Boundary cells hold their value (Dirichlet). The host runs many steps, swapping in and out.
#include <cuda_runtime.h>

__global__ void stencil2d(const float *__restrict__ in, float *__restrict__ out,
                          int width, int height, float alpha)
{
    const int x = blockIdx.x * blockDim.x + threadIdx.x;
    const int y = blockIdx.y * blockDim.y + threadIdx.y;
    if (x >= width || y >= height) {
        return;
    }
    const int i = y * width + x;
    if (x == 0 || y == 0 || x == width - 1 || y == height - 1) {
        out[i] = in[i];
        return;
    }
    const float c = in[i];
    out[i] = c + alpha * (in[i - 1] + in[i + 1] + in[i - width] + in[i + width] - 4.0f * c);
}
