// Structs whose methods run on both sides, through the qualifiers and through a macro.
#include <cuda_runtime.h>

#define HD __host__ __device__

struct Complex {
    float re, im;
    __host__ __device__ Complex() : re(0.0f), im(0.0f) {}
    __host__ __device__ Complex(float r, float i) : re(r), im(i) {}
    __host__ __device__ float norm2() const { return re * re + im * im; }
    HD Complex conj() const { return Complex(re, -im); }
    __device__ __forceinline__ void scale(float s) { re *= s; im *= s; }
    static __host__ __device__ Complex unit() { return Complex(1.0f, 0.0f); }
};

template <typename T, int N>
class Small {
public:
    __host__ __device__ T &operator[](int i) { return data[i]; }
    __host__ __device__ const T &operator[](int i) const { return data[i]; }
    __host__ __device__ int size() const { return N; }
private:
    T data[N];
};

__global__ void magnitudes(const Complex *z, float *out, int n)
{
    int i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i < n) {
        Small<float, 4> tmp;
        tmp[0] = z[i].conj().norm2();
        out[i] = tmp[0] + (float)tmp.size();
    }
}
// CHECK: CXXRecordDecl <6:1> struct Complex definition
// CHECK-NEXT: VarDecl <7:5> re 'float'
// CHECK-NEXT: VarDecl <7:5> im 'float'
// CHECK-NEXT: CXXConstructorDecl <8:5> Complex 'void ()' __device__ __host__
// CHECK: CXXConstructorDecl <9:5> Complex 'void (float, float)' __device__ __host__
// CHECK: FunctionDecl <10:5> norm2 'float ()' __device__ __host__
// CHECK: FunctionDecl <11:5> conj 'Complex ()' __device__ __host__
// CHECK: FunctionDecl <12:5> scale 'void (float)' __device__ __forceinline__
// CHECK: FunctionDecl <13:5> unit 'Complex ()' __device__ __host__ static
// CHECK: CXXRecordDecl <17:1> class Small definition
// CHECK-NEXT: AccessSpecDecl <18:1> public
// CHECK-NEXT: FunctionDecl <19:5> operator[] 'T & (int)' __device__ __host__
// CHECK: FunctionDecl <20:5> operator[] 'const T & (int)' __device__ __host__
// CHECK: AccessSpecDecl <22:1> private
// CHECK-NEXT: VarDecl <23:5> data 'T[N]'
// CHECK: VarDecl <30:9> tmp 'Small<float, 4>'
// CHECK: MemberExpr <31:18> .norm2
// CHECK-NEXT: CallExpr <31:18>
// CHECK-NEXT: MemberExpr <31:18> .conj
// CHECK-NEXT: ArraySubscriptExpr <31:18> 'const Complex'
// CHECK: CStyleCastExpr <32:27> 'float'
