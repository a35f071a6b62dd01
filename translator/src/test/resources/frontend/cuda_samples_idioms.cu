// Idioms from CUDA samples and libraries: conversion operators, cub/cg types, asm, attributes,
// variadic templates, range-for, placement new, try/catch, out-of-line members.
#include <cooperative_groups.h>
#include <cub/cub.cuh>
namespace cg = cooperative_groups;
using namespace std;
#define MIN(a,b) ((a)<(b)?(a):(b))
template <typename T> using Ptr = T *;
texture<float, 2, cudaReadModeElementType> tex;
struct alignas(16) Aligned { float v[4]; };
enum : unsigned { X = 1u << 3 };
template <typename T> struct SharedMemory {
    __device__ inline operator T *() { extern __shared__ int __smem[]; return (T *)__smem; }
    __device__ inline operator const T *() const { extern __shared__ int __smem[]; return (T *)__smem; }
};
static __device__ __inline__ uint32_t lane_id() { uint32_t id; asm volatile("mov.u32 %0, %%laneid;" : "=r"(id)); return id; }
template <unsigned int blockSize>
__device__ void warpReduce(volatile int *sdata, unsigned int tid) {
    if (blockSize >= 64) sdata[tid] += sdata[tid + 32];
    if (blockSize >= 32) sdata[tid] += sdata[tid + 16];
}
template <class T, class... Rest> __device__ T sum(T first, Rest... rest) { return first + sum(rest...); }
template <typename T, int N> __global__ void k(T *a, cudaTextureObject_t t) {
    extern __shared__ __align__(16) unsigned char smem[];
    T *s = reinterpret_cast<T *>(smem);
    __shared__ float tile[N][N + 1];
    cg::thread_block block = cg::this_thread_block();
    typedef cub::BlockReduce<float, 256> BlockReduce;
    __shared__ typename BlockReduce::TempStorage temp;
    float total = BlockReduce(temp).Sum(a[0]);
    if constexpr (N > 1) { block.sync(); }
    #pragma unroll 4
    for (int i = 0, j = 10; i < j; ++i, --j) { tile[i][j] = tex2D<float>(t, i, j); }
    float4 *p4 = reinterpret_cast<float4*>(&a[0]);
    int arr[3][4] = {{1}, {2}};
    unsigned long long int x = 0ULL;
    x = ~0u; x = !!x; float f = -1.0e-5f + 0x1.8p3f;
    if (auto *p = s) { p[0] = T(); }
    goto end;
end:
    return;
}
struct Base { virtual void f() = 0; virtual ~Base() = default; unsigned a : 4; unsigned b : 4; };
struct Foo : public Base {
    explicit Foo(int);
    ~Foo() override;
    void f() override {}
    operator float() const { return (float)x_; }
    __host__ __device__ friend Foo operator*(float s, const Foo &v) { return Foo((int)(s * v.x_)); }
    int x_;
};
Foo::Foo(int x) : x_(x) {}
Foo::~Foo() {}
extern "C" void c_api(void);
int main() {
    std::vector<float> h(100, 1.0f);
    thrust::device_vector<float> d(h.begin(), h.end());
    for (auto &v : h) { v *= 2; }
    std::unique_ptr<float[]> p(new float[10]);
    void *args[] = {&h, &d};
    const dim3 threads = {16, 16, 1};
    cudaFuncSetAttribute(k<float, 4>, cudaFuncAttributeMaxDynamicSharedMemorySize, 1024);
    cudaLaunchKernel((void *)k<float, 4>, dim3(1), threads, args, 0, 0);
    float (*fp)(float) = &sqrtf;
    decltype(fp) fp2 = fp;
    std::cout << "a" << std::endl;
    switch (threads.x) { case 512: k<float, 512><<<1, 512, 64>>>(nullptr, 0); break; default: break; }
    static_cast<void>(0);
    int n = MIN(3, 4);
    [[maybe_unused]] int unused = 0;
    auto lam = [] __device__ (int i) { return i * 2; };
    while (int m = n--) { if (m < 0) break; }
    do { n++; } while (n < 3);
    try { throw std::runtime_error("x"); } catch (const std::exception &e) { printf("%s\n", e.what()); } catch (...) {}
    new (p.get()) float(3.0f);
    volatile float *vs = p.get(); vs[0] += vs[1];
    return sizeof...(Foo) + alignof(Foo);
}
// CHECK: UsingDecl <5:1> namespace-alias cg = cooperative_groups
// CHECK-NEXT: UsingDecl <6:1> namespace std
// CHECK: UsingDecl <8:23> alias Ptr 'T *'
// CHECK: CXXConversionDecl <13:5> operator T * 'void ()' __device__ inline
// CHECK: CXXConversionDecl <14:5> operator const T * 'void ()' __device__ inline
// CHECK: AsmStmt <16:64>
// CHECK: FunctionDecl <18:1> warpReduce 'void (volatile int *, unsigned int)' __device__
// CHECK: CompoundAssignOperator <19:26> '+=' 'volatile int'
// CHECK: TemplateTypeParmDecl <22:20> class Rest ...
// CHECK: VarDecl <24:5> smem 'unsigned char[]' __shared__ extern
// CHECK: VarDecl <25:5> s 'T *' cinit
// CHECK-NEXT: CXXReinterpretCastExpr <25:12> 'T *'
// CHECK: VarDecl <27:5> block 'cg::thread_block' cinit
// CHECK: TypedefDecl <28:5> BlockReduce 'cub::BlockReduce<float, 256>'
// CHECK: VarDecl <29:5> temp 'BlockReduce::TempStorage' __shared__
// CHECK: IfStmt <31:5> constexpr
// CHECK: DeclRefExpr <33:61> tex2D<float>
// CHECK: GotoStmt <39:5> end
// CHECK-NEXT: LabelStmt <40:1> end
// CHECK: CXXDestructorDecl <43:37> ~Base 'void ()' virtual declaration
// CHECK: CXXConstructorDecl <45:5> Foo 'void (int)' explicit declaration
// CHECK: CXXConversionDecl <48:5> operator float 'void ()'
// CHECK: FunctionDecl <49:5> operator* 'Foo (float, const Foo &)' __device__ __host__ friend
// CHECK: CXXConstructorDecl <52:1> Foo::Foo 'void (int)'
// CHECK-NEXT: ParmVarDecl <52:10> x 'int'
// CHECK: CXXDestructorDecl <53:1> Foo::~Foo 'void ()'
// CHECK-NEXT: CompoundStmt <53:13>
// CHECK-NEXT: LinkageSpecDecl <54:1> "C"
// CHECK: CXXForRangeStmt <58:5>
// CHECK: CXXNewExpr <59:32> 'float' array 'float *'
// CHECK: VarDecl <64:5> fp 'float (*)(...)' cinit
// CHECK: CUDAKernelCallExpr <67:36> config 3 args 2 'void'
// CHECK-NEXT: DeclRefExpr <67:36> k<float, 512>
// CHECK: VarDecl <70:5> unused 'int' cinit
// CHECK: LambdaExpr <71:16> []
// CHECK: CXXTryStmt <74:5>
// CHECK: CXXNewExpr <75:5> 'float' 'float *'
