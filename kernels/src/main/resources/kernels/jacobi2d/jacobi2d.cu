// One Jacobi sweep of Laplace's equation on a width x height grid: every interior point becomes
// the mean of its four neighbours, boundary points keep their values (Dirichlet conditions).
// The host alternates two buffers, swapping them after every sweep.
#include <cuda_runtime.h>

__global__ void jacobi_step(const float *__restrict__ in, float *__restrict__ out, int width,
                            int height)
{
    int x = blockIdx.x * blockDim.x + threadIdx.x;
    int y = blockIdx.y * blockDim.y + threadIdx.y;
    if (x >= width || y >= height) {
        return;
    }
    int i = y * width + x;
    if (x == 0 || y == 0 || x == width - 1 || y == height - 1) {
        out[i] = in[i];
    } else {
        out[i] = 0.25f * (in[i - 1] + in[i + 1] + in[i - width] + in[i + width]);
    }
}
