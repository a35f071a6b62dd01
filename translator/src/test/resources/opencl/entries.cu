// Only the requested kernels are emitted, with what they use.
// ENTRY: second
__device__ float used_by_first(float v) { return v + 1; }
__device__ float used_by_second(float v) { return v * 2; }

__global__ void first(float *p) { p[0] = used_by_first(p[0]); }
__global__ void second(float *p) { p[0] = used_by_second(p[0]); }
// CHECK: float used_by_second(float v)
// CHECK: __kernel void second(__global float *p)
// CHECK-ABSENT: used_by_first
// CHECK-ABSENT: void first
