// Escape-time Mandelbrot: one thread per pixel on a 2D grid, the iteration count as output.
// z and c are fixed-point numbers with FRAC_BITS fraction bits in 64-bit integers (as deep-zoom
// renderers do): integer arithmetic is exact on every device, so the counts can be compared
// exactly, where float counts near the set's boundary change with fma contraction.
#include <cuda_runtime.h>

#ifndef MAX_ITER
#define MAX_ITER 256
#endif
#ifndef FRAC_BITS
#define FRAC_BITS 28
#endif
#ifndef CENTER_X_FX
#define CENTER_X_FX (-201326592)   /* -0.75 * 2^28 */
#endif
#ifndef STEP_FX
#define STEP_FX 268435             /* 2^28 / 1000: 1000 pixels per unit */
#endif

__global__ void mandelbrot(int *__restrict__ iterations, int width, int height)
{
    int px = blockIdx.x * blockDim.x + threadIdx.x;
    int py = blockIdx.y * blockDim.y + threadIdx.y;
    if (px >= width || py >= height) {
        return;
    }
    // the image is centred on (CENTER_X, 0)
    const long long four = 4LL << FRAC_BITS;
    long long cx = (long long)CENTER_X_FX + (long long)(px - width / 2) * STEP_FX;
    long long cy = (long long)(py - height / 2) * STEP_FX;
    long long x = 0;
    long long y = 0;
    int it = 0;
    // with |c| inside the view, |z| <= 2 before a step bounds |x|, |y| by 6.5 after it: every
    // product stays below 2^62
    while (it < MAX_ITER) {
        long long x2 = (x * x) >> FRAC_BITS;
        long long y2 = (y * y) >> FRAC_BITS;
        if (x2 + y2 > four) {
            break;
        }
        y = ((x * y) >> (FRAC_BITS - 1)) + cy;
        x = x2 - y2 + cx;
        it++;
    }
    iterations[py * width + px] = it;
}
