// y = alpha * x + y (BLAS level 1), one element per thread.
#include <cuda_runtime.h>

__global__ void saxpy(int n, float alpha, const float *x, float *y)
{
    int i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i < n) {
        y[i] = alpha * x[i] + y[i];
    }
}
