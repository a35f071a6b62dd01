// y = a * x + sin(x): no Java model; the spec takes its reference from another backend's run.
__global__ void scale_add(int n, float a, const float *x, float *y)
{
    int i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i < n) {
        y[i] = a * x[i] + sinf(x[i]);
    }
}
