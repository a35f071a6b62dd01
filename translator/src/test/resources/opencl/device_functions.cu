// Device functions become plain functions; pointer parameters take the memory their call
// sites pass.
__device__ float first(const float *p) { return p[0]; }
// CHECK: float first(__global const float *p)

__device__ __forceinline__ float twice(float *p, int i) { return 2.0f * first(p + i); }
// CHECK: static inline float twice(__global float *p, int i)

__host__ __device__ float square(float v) { return v * v; }
// CHECK: float square(float v)

__device__ float from_tile(const float *t) { return t[1]; }
// CHECK: float from_tile(__local const float *t)

__device__ float mixed(const float *q) { return q[0]; } // DIAG: KP2033
// CHECK: float mixed_global(__global const float *q)
// CHECK: float mixed_local(__local const float *q)

__device__ float never_called(const float *r) { return r[0]; } // DIAG: KP2031
// CHECK: float never_called(__global const float *r)

__device__ float from_private(float *v) { return v[0]; }
// CHECK: float from_private(float *v)

__device__ const float *row(const float *base, int r) { return base + 4 * r; }
// CHECK: __global const float *row(__global const float *base, int r)

__global__ void use(float *data, int n)
{
    __shared__ float tile[64];
    float regs[2] = {0.0f, 1.0f};
    float *cursor = data + n;
    // CHECK: __global float *cursor = data + n;
    float *in_tile = &tile[3];
    // CHECK: __local float *in_tile = &tile[3];
    float *later;
    later = data;
    // CHECK: __global float *later;
    tile[0] = twice(cursor, 1) + square(2.0f) + from_tile(in_tile) + from_private(regs);
    data[0] = mixed(data) + mixed(tile);
    const float *second = row(data, 1);
    // CHECK: __global const float *second = row(data, 1);
    data[1] = second[0];
}
// CHECK-ABSENT: __device__
// CHECK-ABSENT: __host__
