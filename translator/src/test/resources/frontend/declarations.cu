// File-scope declarations: namespaces, linkage, typedefs, using, enums, unions, CUDA memory spaces.
#include <cstdint>
#include "local_defs.h"

namespace kp { namespace detail {
typedef unsigned int uint_t;
using real = DATA_TYPE;
enum class Mode : int { Fast = 1, Exact = 2 };
enum Flags { A, B = 4, C };
union Bits { float f; uint32_t u; };
} }

extern "C" {
__constant__ float coeffs[16];
__device__ int counter;
__managed__ int ready;
}

extern "C" __global__ void __launch_bounds__(BLOCK, 2)
weighted(const DATA_TYPE *__restrict__ in, DATA_TYPE *__restrict__ out, int n)
{
    extern __shared__ DATA_TYPE dyn[];
    __shared__ int hits;
    static_assert(BLOCK % 32 == 0, "block must be whole warps");
    int i = blockIdx.x * BLOCK + threadIdx.x;
    if (threadIdx.x == 0) hits = 0;
    __syncthreads();
    if (i < n) {
        dyn[threadIdx.x] = in[i] * coeffs[i % 16];
        atomicAdd(&hits, 1);
        atomicAdd(&out[0], dyn[threadIdx.x]);
    }
    int (*pick)(int, int) = nullptr;
    (void)pick;
}
// CHECK: NamespaceDecl <5:1> kp
// CHECK-NEXT: NamespaceDecl <5:16> detail
// CHECK-NEXT: TypedefDecl <6:1> uint_t 'unsigned int'
// CHECK-NEXT: UsingDecl <7:1> alias real 'DATA_TYPE'
// CHECK-NEXT: EnumDecl <8:1> class Mode
// CHECK-NEXT: EnumConstantDecl <8:25> Fast
// CHECK: EnumDecl <9:1> Flags
// CHECK: CXXRecordDecl <10:1> union Bits definition
// CHECK: LinkageSpecDecl <13:1> "C"
// CHECK-NEXT: VarDecl <14:1> coeffs 'float[16]' __constant__
// CHECK-NEXT: VarDecl <15:1> counter 'int' __device__
// CHECK-NEXT: VarDecl <16:1> ready 'int' __managed__
// CHECK: LinkageSpecDecl <19:1> "C"
// CHECK-NEXT: FunctionDecl <19:12> weighted 'void (const DATA_TYPE *, DATA_TYPE *, int)' __global__ __launch_bounds__(BLOCK, 2)
// CHECK: VarDecl <22:5> dyn 'DATA_TYPE[]' __shared__ extern
// CHECK: VarDecl <23:5> hits 'int' __shared__
// CHECK: StaticAssertDecl <24:5>
// CHECK: CallExpr <30:9> 'int'
// CHECK-NEXT: DeclRefExpr <30:9> atomicAdd
// CHECK: CallExpr <31:9> 'double'
// CHECK: VarDecl <33:5> pick 'int (*)(...)' cinit
// CHECK: InclusionDirective <3> "local_defs.h" found
