// A CUDA-samples-style host program: allocate, copy, launch, check, free.
#include <cstdio>
#include <cuda_runtime.h>

#define CUDA_CHECK(call)                                                   \
  do {                                                                     \
    cudaError_t err_ = (call);                                             \
    if (err_ != cudaSuccess) {                                             \
      fprintf(stderr, "%s:%d %s\n", __FILE__, __LINE__, cudaGetErrorString(err_)); \
      exit(1);                                                             \
    }                                                                      \
  } while (0)

__global__ void scale(float *data, float factor, int n)
{
    int i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i < n) data[i] *= factor;
}

int main(int argc, char **argv)
{
    const int n = 1 << 20;
    size_t bytes = n * sizeof(float);
    float *h = (float *)malloc(bytes);
    for (int i = 0; i < n; ++i) h[i] = static_cast<float>(i);
    float *d = nullptr;
    CUDA_CHECK(cudaMalloc((void **)&d, bytes));
    CUDA_CHECK(cudaMemcpy(d, h, bytes, cudaMemcpyHostToDevice));
    dim3 block(256);
    dim3 grid((n + block.x - 1) / block.x);
    cudaStream_t stream;
    cudaStreamCreate(&stream);
    scale<<<grid, block, 0, stream>>>(d, 2.0f, n);
    CUDA_CHECK(cudaGetLastError());
    CUDA_CHECK(cudaMemcpy(h, d, bytes, cudaMemcpyDeviceToHost));
    printf("h[1] = %f\n", h[1]);
    cudaFree(d);
    free(h);
    return 0;
}
// CHECK: FunctionDecl <14:1> scale 'void (float *, float, int)' __global__
// CHECK: CompoundAssignOperator <17:16> '*='
// CHECK: FunctionDecl <20:1> main 'int (int, char **)'
// CHECK: VarDecl <24:5> h 'float *' cinit
// CHECK-NEXT: CStyleCastExpr <24:16> 'float *'
// CHECK: CXXStaticCastExpr <25:40> 'float'
// CHECK: CallExpr <27:5>
// CHECK-NEXT: DeclRefExpr <27:5> CUDA_CHECK
// CHECK-NEXT: CallExpr <27:16>
// CHECK-NEXT: DeclRefExpr <27:16> cudaMalloc
// CHECK-NEXT: CStyleCastExpr <27:27> 'void **'
// CHECK: VarDecl <29:5> block 'dim3' cinit
// CHECK-NEXT: CXXConstructExpr <29:15>
// CHECK: CUDAKernelCallExpr <33:5> config 4 args 3
// CHECK-NEXT: DeclRefExpr <33:5> scale
// CHECK-NEXT: DeclRefExpr <33:13> grid 'dim3'
// CHECK-NEXT: DeclRefExpr <33:19> block 'dim3'
// CHECK-NEXT: IntegerLiteral <33:26> 0 'int'
// CHECK-NEXT: DeclRefExpr <33:29> stream 'cudaStream_t'
// CHECK-NEXT: DeclRefExpr <33:39> d 'float *'
// CHECK: InclusionDirective <3> <cuda_runtime.h> system
// CHECK: MacroDefinition <5> CUDA_CHECK(call)
