// 7-point stencil on an nx x ny x nz grid (x fastest): out = c0 * centre + c1 * (sum of the six
// face neighbours). Boundary cells are copied. One thread per cell over a 3D grid of 3D blocks.
#include <cuda_runtime.h>

__global__ void stencil3d(const float *__restrict__ in, float *__restrict__ out,
                          int nx, int ny, int nz, float c0, float c1)
{
    const int x = blockIdx.x * blockDim.x + threadIdx.x;
    const int y = blockIdx.y * blockDim.y + threadIdx.y;
    const int z = blockIdx.z * blockDim.z + threadIdx.z;
    if (x >= nx || y >= ny || z >= nz) {
        return;
    }
    const size_t plane = (size_t)nx * ny;
    const size_t i = (size_t)z * plane + (size_t)y * nx + x;
    if (x == 0 || y == 0 || z == 0 || x == nx - 1 || y == ny - 1 || z == nz - 1) {
        out[i] = in[i];
        return;
    }
    const float faces = (in[i - 1] + in[i + 1]) + (in[i - nx] + in[i + nx])
                      + (in[i - plane] + in[i + plane]);
    out[i] = c0 * in[i] + c1 * faces;
}
