// Macros and conditionals stay, so -D values given to the OpenCL compiler still win.
#ifndef BLOCK
#define BLOCK 256
#endif
// CHECK: #ifndef BLOCK
// CHECK: #define BLOCK 256
// CHECK: #endif
#define TID threadIdx.x
// CHECK: #define TID ((uint)get_local_id(0))
#define SQR(v) ((v) * sqrtf(v))
// CHECK: #define SQR(v) ((v) * sqrt(v))
#define SYNC() __syncthreads()
// CHECK: #define SYNC() barrier(CLK_LOCAL_MEM_FENCE | CLK_GLOBAL_MEM_FENCE)
#define AT(local) out[local]
// CHECK: #define AT(local_) out[local_]
#if BLOCK > 128
#define WIDE 1
#else
#define WIDE 0
#endif
// CHECK: #if BLOCK > 128
// CHECK: #else

__global__ void blocky(float *out)
{
    __shared__ float tile[BLOCK];
    tile[TID] = SQR(out[TID]);
    SYNC();
#if WIDE
    out[TID] = tile[BLOCK - 1 - TID];
#else
    out[TID] = tile[TID];
#endif
    // CHECK: __local float tile[BLOCK];
    // CHECK: tile[TID] = SQR(out[TID]);
    // CHECK: #if WIDE
}
