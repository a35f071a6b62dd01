// Copies x into y, and one thread writes one element past the end of y: a classic off-by-one
// bound (i <= n) that a guard zone must catch.
__global__ void copy_past_end(const float *x, float *y, int n)
{
    int i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i <= n) {
        y[i] = i < n ? x[i] : 0.0f;
    }
}
