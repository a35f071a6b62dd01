// Device code the translator cannot rewrite yet stays as written, each with an error.
__managed__ float coefficients[16]; // DIAG: KP2061
// CHECK: __managed__ float coefficients[16];

template <typename T>
__global__ void generic(T *data) { data[0] = T(1); } // DIAG: KP2060
// CHECK: template <typename T>

namespace inner { // DIAG: KP2062
__device__ float twice(float v) { return 2 * v; }
}

__global__ void lane_of(float *data)
{
    unsigned lane;
    asm volatile("mov.u32 %0, %%laneid;" : "=r"(lane)); // DIAG: KP2040
    // CHECK: asm volatile("mov.u32 %0, %%laneid;" : "=r"(lane));
    __nanosleep(100); // DIAG: KP2040
    float t = tex1Dfetch(texture_ref, 0); // DIAG: KP2040
    data[lane] = t;
    lane_of<<<1, 32>>>(data); // DIAG: KP2040
}
