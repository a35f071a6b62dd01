// Kernels and device functions declared through qualifier macros are translated like any other.
#define KERNEL extern "C" __global__
#define HD __host__ __device__ __forceinline__
// CHECK: #define KERNEL __kernel
// CHECK: #define HD inline

HD float half_of(const float *p) { return 0.5f * p[0]; }
// CHECK: static HD float half_of(__global const float *p)

KERNEL void halve(float *data, int local)
{
    // CHECK: KERNEL void halve(__global float *data, int local_)
    data[local] = half_of(data);
    // CHECK: data[local_] = half_of(data);
}
