// A function defined in both branches of an #if is translated in both: the OpenCL compiler picks.
#if FAST
__device__ float pick(const float *p) { return p[0]; }
__global__ void run(float *data) { __shared__ float t[4]; t[0] = pick(data); data[0] = t[0]; }
#else
__device__ float pick(const float *p) { return p[1]; }
__global__ void run(float *data) { __shared__ float t[4]; t[1] = pick(data); data[1] = t[1]; }
#endif
// CHECK: #if FAST
// CHECK: float pick(__global const float *p) { return p[0]; }
// CHECK: __kernel void run(__global float *data) { __local float t[4];
// CHECK: #else
// CHECK: float pick(__global const float *p) { return p[1]; }
// CHECK: __kernel void run(__global float *data) { __local float t[4];
// CHECK: #endif
// CHECK-ABSENT: __shared__
