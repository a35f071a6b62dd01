// Stores far outside any allocation: on a CPU device this faults and takes its process down.
__global__ void wild_store(const float *x, float *y, int n)
{
    int i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i < n) {
        y[((long)n << 40) + i] = x[i];
    }
}
