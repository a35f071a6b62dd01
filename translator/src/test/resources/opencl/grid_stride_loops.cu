// Grid-stride loops are versioned: one trip when the grid covers the range (which CPU drivers
// vectorise), the loop as written otherwise. Loops where that is not provably the same are kept.

__global__ void add(const float *a, const float *b, float *c, int n)
{
    for (int i = blockIdx.x * blockDim.x + threadIdx.x; i < n; i += blockDim.x * gridDim.x) {
        if (a[i] < 0.0f) continue;
        c[i] = a[i] + b[i];
    }
}
// CHECK: if ((((uint)get_local_size(0)) * ((uint)get_num_groups(0))) >= (n)) for (int i = ((uint)get_group_id(0)) * ((uint)get_local_size(0)) + ((uint)get_local_id(0)); i < n; i = (n)) {
// CHECK: if (a[i] < 0.0f) continue;
// CHECK: } else for (int i = ((uint)get_group_id(0)) * ((uint)get_local_size(0)) + ((uint)get_local_id(0)); i < n; i += ((uint)get_local_size(0)) * ((uint)get_num_groups(0))) {
// CHECK: if (a[i] < 0.0f) continue;

// A single-statement body, a size_t index, a bound that is an expression and a stride with the
// factors the other way round.
__global__ void scale(float *x, unsigned rows, unsigned cols)
{
    for (size_t k = threadIdx.x + blockIdx.x * blockDim.x; k < rows * cols; k += gridDim.x * blockDim.x)
        x[k] *= 2.0f;
}
// CHECK: if ((((uint)get_num_groups(0)) * ((uint)get_local_size(0))) >= (rows * cols)) for (size_t k = ((uint)get_local_id(0)) + ((uint)get_group_id(0)) * ((uint)get_local_size(0)); k < rows * cols; k = (rows * cols))
// CHECK: x[k] *= 2.0f;
// CHECK: else for (size_t k

