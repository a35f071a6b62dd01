// Translates, but no compiler accepts it: the helper it calls is declared nowhere, so hipcc's
// (and nvcc's) error must become the build stage's result.
__global__ void calls_missing(float *y, int n)
{
    int i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i < n) {
        y[i] = helper_that_does_not_exist(i);
    }
}
