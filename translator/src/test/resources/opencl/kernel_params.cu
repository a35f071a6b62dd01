// Kernel signatures: pointers point to __global memory; types OpenCL kernels cannot take are errors.
extern "C" __global__ void __launch_bounds__(256, 2) plain(const float *__restrict__ a, float *b, int n)
{
    b[0] = a[0] + n;
}
// CHECK: __kernel void plain(__global const float *restrict a, __global float *b, int n)

__global__ void bad(size_t count, // DIAG: KP2001
                    bool flag, // DIAG: KP2001
                    float **rows, // DIAG: KP2002
                    int &ref) // DIAG: KP2003
{
    rows[0][0] = count + flag + ref;
}
// CHECK: __kernel void bad(size_t count,
// CHECK: __global float **rows,
// CHECK-ABSENT: extern "C"
// CHECK-ABSENT: __launch_bounds__
