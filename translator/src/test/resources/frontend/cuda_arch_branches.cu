// Architecture-dependent code: only the branch __CUDA_ARCH__ (900 here) selects is parsed, so
// branches that would not parse together (two openings of one function) do not conflict.
#include <cuda_runtime.h>

#if defined(__CUDA_ARCH__) && __CUDA_ARCH__ < 600
__device__ double atomic_add(double *addr, double v)
{
    unsigned long long *p = (unsigned long long *)addr;
    unsigned long long old = *p, assumed;
    do {
        assumed = old;
        old = atomicCAS(p, assumed, __double_as_longlong(v + __longlong_as_double(assumed)));
    } while (assumed != old);
    return __longlong_as_double(old);
}
#else
__device__ double atomic_add(double *addr, double v) { return atomicAdd(addr, v); }
#endif

__global__ void warp_sum(const float *in, float *out)
{
    float v = in[threadIdx.x];
#if __CUDA_ARCH__ >= 700
    for (int offset = 16; offset > 0; offset /= 2) {
        v += __shfl_down_sync(0xffffffff, v, offset);
    }
#elif __CUDA_ARCH__ >= 300
    for (int offset = 16; offset > 0; offset /= 2) {
        v += __shfl_down(v, offset);
#else
    {
#endif
    if (threadIdx.x == 0) *out = v;
}

#ifdef __CUDACC__
#define HOST_ONLY 0
#else
#define HOST_ONLY 1
#endif
int host_only = HOST_ONLY;
// CHECK: FunctionDecl <17:1> atomic_add 'double (double *, double)' __device__
// CHECK: CallExpr <17:63> 'double'
// CHECK-NEXT: DeclRefExpr <17:63> atomicAdd
// CHECK: FunctionDecl <20:1> warp_sum 'void (const float *, float *)' __global__
// CHECK: ForStmt <24:5>
// CHECK: CompoundAssignOperator <25:9> '+=' 'float'
// CHECK-NEXT: DeclRefExpr <25:9> v 'float'
// CHECK-NEXT: CallExpr <25:14> 'float'
// CHECK-NEXT: DeclRefExpr <25:14> __shfl_down_sync
// CHECK: IfStmt <33:5>
// CHECK: VarDecl <41:1> host_only 'int' cinit
// CHECK-NEXT: DeclRefExpr <41:17> HOST_ONLY
// CHECK: InactiveRegion <6-15> #if defined(__CUDA_ARCH__) && __CUDA_ARCH__ < 600
// CHECK-NEXT: InactiveRegion <28-31> #elif __CUDA_ARCH__ >= 300
// CHECK-NEXT: InactiveRegion <39-39> #else
