// Nested template argument lists closed by '>>' next to right shifts and comparisons.
#include <vector>
#include <map>

template <typename A, typename B>
struct Pair { A first; B second; };

template <typename T>
struct Box { T value; };

int shifts(int x, int y)
{
    std::vector<std::vector<int>> grid;
    std::map<int, std::vector<Pair<int, float>>> index;
    Box<Box<Box<int>>> deep;
    int a = x >> 2;
    bool b = x > y >> 1;
    Box<Pair<int, Box<float>>> mixed = {};
    auto c = static_cast<Box<Box<int>>*>(nullptr);
    return a + (b ? 1 : 0) + deep.value.value.value + (x >> y);
}
// CHECK: FunctionDecl <11:1> shifts 'int (int, int)'
// CHECK: VarDecl <13:5> grid 'std::vector<std::vector<int>>'
// CHECK: VarDecl <14:5> index 'std::map<int, std::vector<Pair<int, float>>>'
// CHECK: VarDecl <15:5> deep 'Box<Box<Box<int>>>'
// CHECK: VarDecl <16:5> a 'int' cinit
// CHECK-NEXT: BinaryOperator <16:13> '>>' 'int'
// CHECK: VarDecl <17:5> b 'bool' cinit
// CHECK-NEXT: BinaryOperator <17:14> '>' 'bool'
// CHECK-NEXT: DeclRefExpr <17:14> x 'int'
// CHECK-NEXT: BinaryOperator <17:18> '>>' 'int'
// CHECK: VarDecl <18:5> mixed 'Box<Pair<int, Box<float>>>' cinit
// CHECK: CXXStaticCastExpr <19:14> 'Box<Box<int>> *'
// CHECK: MemberExpr <20:30> .value
// CHECK: BinaryOperator <20:56> '>>' 'int'
