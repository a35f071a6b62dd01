// Types OpenCL C spells differently: fixed-width integers and long long.
typedef unsigned long long counter_t;
// CHECK: typedef unsigned long counter_t;

using index_t = uint32_t;
// CHECK: typedef uint index_t;

struct Sample { uint32_t id; long long stamp; float value; };
// CHECK: struct Sample { uint id; long stamp; float value; };

__global__ void stamp(Sample *s, counter_t *c, int64_t base)
{
    // CHECK: __kernel void stamp(__global Sample *s, __global counter_t *c, long base)
    index_t at = 0;
    uint8_t small = 1;
    // CHECK: uchar small = 1;
    s[at].stamp = base + small + (long long)c[0];
    // CHECK: s[at].stamp = base + small + (long)c[0];
}
