// Templates with non-type parameters: declaration, explicit instantiation, specialisation,
// and launches of template kernels with explicit arguments.
#include <cuda_runtime.h>

template <typename T>
__device__ T identity() { return T(0); }

template <>
__device__ float identity<float>() { return 0.0f; }

template <typename T, int BLOCK, bool ADD = true>
__global__ void __launch_bounds__(BLOCK) block_sum(const T *in, T *out, int n)
{
    __shared__ T tile[BLOCK];
    int i = blockIdx.x * BLOCK + threadIdx.x;
    tile[threadIdx.x] = i < n ? in[i] : identity<T>();
    __syncthreads();
    for (int s = BLOCK / 2; s > 0; s >>= 1) {
        if (threadIdx.x < s) tile[threadIdx.x] += tile[threadIdx.x + s];
        __syncthreads();
    }
    if (threadIdx.x == 0) out[blockIdx.x] = ADD ? out[blockIdx.x] + tile[0] : tile[0];
}

template __global__ void block_sum<float, 256>(const float *, float *, int);
template __global__ void block_sum<double, 128, false>(const double *, double *, int);

template <int N>
struct Unroll {
    static constexpr int value = N * Unroll<N - 1>::value;
};

template <>
struct Unroll<0> {
    static constexpr int value = 1;
};

void run(const float *in, float *out, int n)
{
    const int threads = 256;
    block_sum<float, threads><<<(n + threads - 1) / threads, threads>>>(in, out, n);
    block_sum<float, 2 * 128, (Unroll<3>::value > 2)><<<1, 256, 0>>>(in, out, n);
}
// CHECK: TemplateDecl <5:1>
// CHECK-NEXT: TemplateTypeParmDecl <5:11> typename T
// CHECK-NEXT: FunctionDecl <6:1> identity 'T ()' __device__
// CHECK: TemplateSpecializationDecl <8:1>
// CHECK-NEXT: FunctionDecl <9:1> identity<float> 'float ()' __device__
// CHECK: TemplateDecl <11:1>
// CHECK-NEXT: TemplateTypeParmDecl <11:11> typename T
// CHECK-NEXT: NonTypeTemplateParmDecl <11:23> BLOCK 'int'
// CHECK-NEXT: NonTypeTemplateParmDecl <11:34> ADD 'bool' default
// CHECK: FunctionDecl <12:1> block_sum 'void (const T *, T *, int)' __global__ __launch_bounds__(BLOCK)
// CHECK: VarDecl <14:5> tile 'T[BLOCK]' __shared__
// CHECK: CallExpr <16:41> 'T'
// CHECK-NEXT: DeclRefExpr <16:41> identity<T>
// CHECK: ExplicitInstantiationDecl <25:1>
// CHECK-NEXT: FunctionDecl <25:10> block_sum<float, 256> 'void (const float *, float *, int)' __global__ declaration
// CHECK: FunctionDecl <26:10> block_sum<double, 128, false> 'void (const double *, double *, int)' __global__ declaration
// CHECK: CXXRecordDecl <29:1> struct Unroll definition
// CHECK-NEXT: VarDecl <30:5> value 'int' static constexpr cinit
// CHECK: TemplateSpecializationDecl <33:1>
// CHECK-NEXT: CXXRecordDecl <34:1> struct Unroll<0> definition
// CHECK: CUDAKernelCallExpr <41:5> config 2 args 3 'void'
// CHECK-NEXT: DeclRefExpr <41:5> block_sum<float, threads>
// CHECK: CUDAKernelCallExpr <42:5> config 3 args 3 'void'
// CHECK-NEXT: DeclRefExpr <42:5> block_sum<float, expr, expr>
