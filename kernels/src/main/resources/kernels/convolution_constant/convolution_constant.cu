// 2D convolution (zero padding at the edges) with the mask in constant memory: every thread of a
// warp reads the same mask element at the same time, which the constant cache broadcasts. The
// host fills c_mask with cudaMemcpyToSymbol before the launch.
#include <cuda_runtime.h>

#ifndef MASK_RADIUS
#define MASK_RADIUS 2
#endif
#define MASK_WIDTH (2 * MASK_RADIUS + 1)

__constant__ float c_mask[MASK_WIDTH * MASK_WIDTH];

__global__ void convolution_constant(const float *__restrict__ in, float *__restrict__ out,
                                     int width, int height)
{
    const int x = blockIdx.x * blockDim.x + threadIdx.x;
    const int y = blockIdx.y * blockDim.y + threadIdx.y;
    if (x >= width || y >= height) {
        return;
    }
    float acc = 0.0f;
    for (int dy = -MASK_RADIUS; dy <= MASK_RADIUS; ++dy) {
        const int yy = y + dy;
        if (yy < 0 || yy >= height) {
            continue;
        }
        for (int dx = -MASK_RADIUS; dx <= MASK_RADIUS; ++dx) {
            const int xx = x + dx;
            if (xx >= 0 && xx < width) {
                acc += c_mask[(dy + MASK_RADIUS) * MASK_WIDTH + (dx + MASK_RADIUS)] * in[yy * width + xx];
            }
        }
    }
    out[y * width + x] = acc;
}
