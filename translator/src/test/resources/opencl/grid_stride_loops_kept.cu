// Grid-stride loops that are not versioned, because one trip is not provably the same.

// Kept as written: the body moves the index, the bound or holds a barrier; the step is not the
// grid's size; the start may be negative; the bound is read through a pointer the body writes.
__global__ void kept(float *x, int n, int *limit)
{
    for (int i = blockIdx.x * blockDim.x + threadIdx.x; i < n; i += blockDim.x * gridDim.x) {
        x[i] = 0.0f;
        i++;
    }
    for (int i = blockIdx.x * blockDim.x + threadIdx.x; i < n; i += blockDim.x * gridDim.x) {
        n--;
    }
    for (int i = blockIdx.x * blockDim.x + threadIdx.x; i < n; i += blockDim.x * gridDim.x) {
        x[i] = 1.0f;
        __syncthreads();
    }
    for (int i = blockIdx.x * blockDim.x + threadIdx.x; i < n; i += blockDim.x) {
        x[i] = 2.0f;
    }
    for (int i = blockIdx.x * blockDim.x + threadIdx.x - 1; i < n; i += blockDim.x * gridDim.x) {
        x[i] = 3.0f;
    }
    for (int i = blockIdx.x * blockDim.x + threadIdx.x; i < *limit; i += blockDim.x * gridDim.x) {
        *limit = 0;
    }
}
// CHECK-ABSENT: i = (n)
// CHECK-ABSENT: i = (*limit)
