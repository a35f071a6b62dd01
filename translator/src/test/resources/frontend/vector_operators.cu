// Operator overloads on CUDA vector types, used inside a kernel.
#include <cuda_runtime.h>

__host__ __device__ inline float2 operator+(float2 a, float2 b) { return make_float2(a.x + b.x, a.y + b.y); }
__host__ __device__ inline float4 operator*(const float4 &a, float s)
{
    return make_float4(a.x * s, a.y * s, a.z * s, a.w * s);
}
__host__ __device__ inline float4 &operator+=(float4 &a, const float4 &b)
{
    a.x += b.x; a.y += b.y; a.z += b.z; a.w += b.w;
    return a;
}
__host__ __device__ inline bool operator==(float2 a, float2 b) { return a.x == b.x && a.y == b.y; }
__device__ inline float2 operator-(float2 a) { return float2{-a.x, -a.y}; }

__global__ void axpy4(const float4 *x, float4 *y, float alpha, int n)
{
    int i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i >= n) return;
    float4 acc = y[i];
    acc += x[i] * alpha;
    y[i] = acc;
    float2 p = make_float2(acc.x, acc.y) + -make_float2(1.0f, 2.0f);
    if (p == make_float2(0.0f, 0.0f)) y[i].w = p.x;
}
// CHECK: FunctionDecl <4:1> operator+ 'float2 (float2, float2)' __device__ __host__ inline
// CHECK: CallExpr <4:74> 'float2'
// CHECK-NEXT: DeclRefExpr <4:74> make_float2
// CHECK-NEXT: BinaryOperator <4:86> '+' 'float'
// CHECK: FunctionDecl <5:1> operator* 'float4 (const float4 &, float)' __device__ __host__ inline
// CHECK: FunctionDecl <9:1> operator+= 'float4 & (float4 &, const float4 &)' __device__ __host__ inline
// CHECK: FunctionDecl <14:1> operator== 'bool (float2, float2)' __device__ __host__ inline
// CHECK: FunctionDecl <15:1> operator- 'float2 (float2)' __device__ inline
// CHECK: CXXListInitExpr <15:55> 'float2'
// CHECK: FunctionDecl <17:1> axpy4 'void (const float4 *, float4 *, float, int)' __global__
// CHECK: CompoundAssignOperator <22:5> '+=' 'float4'
// CHECK-NEXT: DeclRefExpr <22:5> acc 'float4'
// CHECK-NEXT: BinaryOperator <22:12> '*' 'float4'
// CHECK: VarDecl <24:5> p 'float2' cinit
// CHECK-NEXT: BinaryOperator <24:16> '+' 'float2'
// CHECK: UnaryOperator <24:44> prefix '-' 'float2'
// CHECK: MemberExpr <25:39> .w 'float'
