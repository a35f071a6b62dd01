// Never terminates: x holds values in [-1, 1], so the loop condition never turns false, and the
// store to global memory keeps the compiler from removing the loop.
__global__ void spin_forever(const float *x, float *y, int n)
{
    int i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i < n) {
        while (x[i] < 2.0f) {
            y[i] += 1.0f;
        }
    }
}
