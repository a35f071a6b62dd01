// Every kind of launch argument a CUDA or HIP launch passes, for the module executor's tests:
// pointers, an int, a double, a struct by value, dynamic shared memory, a __constant__ global,
// a 2-D grid, and a template instance and a kernel in a namespace to be found by name.
struct Scale {
    float factor;
    int offset;
};

__constant__ float weights[4];

__global__ void weigh(const float *x, float *y, int n, double bias, Scale s)
{
    extern __shared__ float stage[];
    int i = blockIdx.x * blockDim.x + threadIdx.x + (blockIdx.y * gridDim.x * blockDim.x);
    stage[threadIdx.x] = i < n ? x[i] : 0.0f;
    __syncthreads();
    if (i < n) {
        y[i] = stage[threadIdx.x] * weights[i % 4] * s.factor + (float) bias + s.offset;
    }
}

template <typename T, int K>
__global__ void add_k(T *y, int n)
{
    int i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i < n) {
        y[i] += T(K);
    }
}

template __global__ void add_k<float, 3>(float *, int);

namespace kport_test {
__global__ void negate(float *y, int n)
{
    int i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i < n) {
        y[i] = -y[i];
    }
}
}
