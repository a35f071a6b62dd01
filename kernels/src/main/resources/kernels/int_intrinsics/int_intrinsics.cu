// CUDA's integer intrinsics on 32-bit unsigned data, one element per thread. `shifted` (a shifted
// right by 0..31 bits, taken from b) reaches small values and zero, where __clz and __ffs have
// their edge cases. __mul24 is only defined on 24-bit operands in OpenCL, so its inputs are the
// low 24 bits of a and b, sign-extended.
#include <cuda_runtime.h>

__global__ void int_intrinsics(const unsigned int *__restrict__ a, const unsigned int *__restrict__ b,
                               int *__restrict__ bit_count, int *__restrict__ leading_zeros,
                               unsigned int *__restrict__ reversed, int *__restrict__ product24,
                               unsigned int *__restrict__ high_product, int *__restrict__ first_set,
                               int n)
{
    int i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i >= n) {
        return;
    }
    unsigned int x = a[i];
    unsigned int y = b[i];
    unsigned int shifted = x >> (y & 31u);
    int x24 = (int)(x << 8) >> 8;
    int y24 = (int)(y << 8) >> 8;

    bit_count[i] = __popc(x);
    leading_zeros[i] = __clz((int)shifted);
    reversed[i] = __brev(x);
    product24[i] = __mul24(x24, y24);
    high_product[i] = __umulhi(x, y);
    first_set[i] = __ffs((int)shifted);
}
