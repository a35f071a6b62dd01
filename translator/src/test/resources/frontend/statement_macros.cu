// Macros that stand for statements or declaration parts: no ';' after them, a block after a loop macro,
// a macro between the return type and the name.
#define CUDA_CHECK(x) do { if ((x) != cudaSuccess) return 1; } while (0);
#define CUDA_KERNEL_LOOP(i, n) for (int i = blockIdx.x * blockDim.x + threadIdx.x; i < (n); i += blockDim.x * gridDim.x)
#define LAUNCH_BOUNDS(n) __launch_bounds__(n)
#define EXPORT
__global__ void LAUNCH_BOUNDS(256) scale(float *p, int n) {
    CUDA_KERNEL_LOOP(i, n) {
        p[i] *= 2.0f;
    }
}
int EXPORT host(float *p) {
    CUDA_CHECK(cudaMalloc(&p, 4))
    CUDA_CHECK(cudaFree(p))
    return 0;
}
// CHECK: FunctionDecl <7:1> scale 'void (float *, int)' __global__
// CHECK: CompoundStmt <7:59>
// CHECK-NEXT: CallExpr <8:5>
// CHECK-NEXT: DeclRefExpr <8:5> CUDA_KERNEL_LOOP
// CHECK: CompoundStmt <8:28>
// CHECK-NEXT: CompoundAssignOperator <9:9> '*=' 'float'
// CHECK: FunctionDecl <12:1> host 'int (float *)'
// CHECK: CallExpr <13:5>
// CHECK-NEXT: DeclRefExpr <13:5> CUDA_CHECK
// CHECK: CallExpr <14:5>
// CHECK-NEXT: DeclRefExpr <14:5> CUDA_CHECK
// CHECK: ReturnStmt <15:5>
// CHECK: MacroDefinition <6> EXPORT ''
