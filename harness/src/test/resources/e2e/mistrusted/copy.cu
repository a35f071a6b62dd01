// A correct copy; its spec feeds it zeros, so a kernel that wrote nothing would pass too.
__global__ void copy(const float *x, float *y, int n)
{
    int i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i < n) {
        y[i] = x[i];
    }
}
