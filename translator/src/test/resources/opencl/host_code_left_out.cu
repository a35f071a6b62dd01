// Host code is the harness's business: only device code reaches the .cl.
#include <cuda_runtime.h>
#include <vector>

struct HostOnly { std::vector<float> values; };

struct Pair { float a; float b; };
// CHECK: struct Pair { float a; float b; }; typedef struct Pair Pair;

const int FACTOR = 3;
// CHECK: __constant const int FACTOR = 3;
static int host_counter = 0;

__global__ void add_pairs(const Pair *in, float *out, int n)
{
    int i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i < n) out[i] = (in[i].a + in[i].b) * FACTOR;
}
// CHECK: __kernel void add_pairs(__global const Pair *in, __global float *out, int n)

static void check(cudaError_t e) { if (e != cudaSuccess) host_counter++; }

int main()
{
    float *d_out;
    check(cudaMalloc(&d_out, 1024));
    add_pairs<<<4, 256>>>(nullptr, d_out, 1024);
    return 0;
}
// CHECK-ABSENT: HostOnly
// CHECK-ABSENT: host_counter
// CHECK-ABSENT: cudaMalloc
// CHECK-ABSENT: main
// CHECK-ABSENT: <<<
