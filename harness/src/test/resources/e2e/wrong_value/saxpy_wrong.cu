// saxpy with a deliberate bug at element 417: the check must catch it.
__global__ void saxpy(int n, float alpha, const float *x, float *y)
{
    int i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i < n) {
        y[i] = alpha * x[i] + y[i] + (i == 417 ? 0.25f : 0.0f);
    }
}
