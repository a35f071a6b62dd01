// Lambdas in host code: captures, parameters, trailing return types, extended device lambdas.
#include <algorithm>
#include <vector>
#include <thrust/device_vector.h>
#include <thrust/transform.h>

void host_side(std::vector<float> &v, thrust::device_vector<float> &d, float k)
{
    std::sort(v.begin(), v.end(), [](float a, float b) { return a > b; });
    auto twice = [&](int i) { return v[i] * 2.0f; };
    int count = 0;
    std::for_each(v.begin(), v.end(), [&count, k](float &x) mutable { x *= k; ++count; });
    auto less = [](auto a, auto b) -> bool { return a < b; };
    thrust::transform(d.begin(), d.end(), d.begin(), [=] __device__ (float x) { return x * k; });
    float first = twice(0) + (less(1, 2) ? 1.0f : 0.0f);
    (void)first;
}
// CHECK: FunctionDecl <7:1> host_side 'void (std::vector<float> &, thrust::device_vector<float> &, float)'
// CHECK: LambdaExpr <9:35> []
// CHECK-NEXT: ParmVarDecl <9:38> a 'float'
// CHECK-NEXT: ParmVarDecl <9:47> b 'float'
// CHECK-NEXT: CompoundStmt <9:56>
// CHECK: VarDecl <10:5> twice 'auto' cinit
// CHECK-NEXT: LambdaExpr <10:18> [&]
// CHECK: LambdaExpr <12:39> [&count, k]
// CHECK-NEXT: ParmVarDecl <12:51> x 'float &'
// CHECK: LambdaExpr <13:17> []
// CHECK-NEXT: ParmVarDecl <13:20> a 'auto'
// CHECK: LambdaExpr <14:54> [=]
// CHECK-NEXT: ParmVarDecl <14:70> x 'float'
// CHECK: CStyleCastExpr <16:5> 'void'
