// Kernel launches hidden in macros: the definitions are recorded, the uses parse as calls.
#include <cuda_runtime.h>

#define THREADS 128
#define BLOCKS_FOR(n) (((n) + THREADS - 1) / THREADS)
#define LAUNCH_FILL(ptr, n, v) fill<<<BLOCKS_FOR(n), THREADS>>>((ptr), (n), (v))
#define LAUNCH_T(kernel, T, ...) kernel<T><<<1, THREADS>>>(__VA_ARGS__)

__global__ void fill(float *p, int n, float v)
{
    int i = blockIdx.x * THREADS + threadIdx.x;
    if (i < n) p[i] = v;
}

template <typename T>
__global__ void zero(T *p, int n) { if (threadIdx.x < n) p[threadIdx.x] = T(); }

void host(float *p, int n)
{
    LAUNCH_FILL(p, n, 1.0f);
    LAUNCH_T(zero, float, p, n);
    fill<<<BLOCKS_FOR(n), THREADS>>>(p, n, 0.0f);
}
// CHECK: FunctionDecl <9:1> fill 'void (float *, int, float)' __global__
// CHECK: FunctionDecl <18:1> host 'void (float *, int)'
// CHECK: CallExpr <20:5>
// CHECK-NEXT: DeclRefExpr <20:5> LAUNCH_FILL
// CHECK: CallExpr <21:5>
// CHECK-NEXT: DeclRefExpr <21:5> LAUNCH_T
// CHECK-NEXT: DeclRefExpr <21:14> zero
// CHECK-NEXT: TypeArgument <21:20> 'float'
// CHECK: CUDAKernelCallExpr <22:5> config 2 args 3 'void'
// CHECK-NEXT: DeclRefExpr <22:5> fill
// CHECK-NEXT: CallExpr <22:12>
// CHECK-NEXT: DeclRefExpr <22:12> BLOCKS_FOR
// CHECK: MacroDefinition <4> THREADS '128'
// CHECK-NEXT: MacroDefinition <5> BLOCKS_FOR(n) '(((n) + THREADS - 1) / THREADS)'
// CHECK-NEXT: MacroDefinition <6> LAUNCH_FILL(ptr, n, v) 'fill<<<BLOCKS_FOR(n), THREADS>>>((ptr), (n), (v))' launch
// CHECK-NEXT: MacroDefinition <7> LAUNCH_T(kernel, T, ...) 'kernel<T><<<1, THREADS>>>(__VA_ARGS__)' launch
