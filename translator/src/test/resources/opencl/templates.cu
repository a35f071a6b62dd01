// A kernel template becomes one kernel per instance: those the file writes out or launches, or
// the entries asked for; parameters are replaced, functional casts become C casts.
template <typename T, int BLOCK = 64>
__global__ void scale(const T *in, T *out, T factor, int n)
{
    static_assert(BLOCK > 0, "BLOCK must be positive");
    __shared__ T tile[BLOCK];
    int i = blockIdx.x * BLOCK + threadIdx.x;
    tile[threadIdx.x] = i < n ? in[i] : T(0);
    __syncthreads();
    if (i < n) out[i] = tile[threadIdx.x] * factor;
}
// CHECK: __kernel void scale_float_256(__global const float *in, __global float *out, float factor, int n)
// CHECK: _Static_assert(256 > 0, "BLOCK must be positive");
// CHECK: __local float tile[256];
// CHECK: tile[((uint)get_local_id(0))] = i < n ? in[i] : (float)(0);
// CHECK: __kernel void scale_int_32(__global const int *in, __global int *out, int factor, int n)
// CHECK-ABSENT: template <typename
// CHECK-ABSENT: template __global__

template __global__ void scale<float, 256>(const float *, float *, float, int);

void launch(int *in, int *out, int n)
{
    scale<int, 32><<<(n + 31) / 32, 32>>>(in, out, 3, n);
}
