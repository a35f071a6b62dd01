package dev.kport.translator.sema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kport.translator.parse.FrontEnd;
import dev.kport.translator.parse.ParsedUnit;
import dev.kport.translator.parse.tree.Decl;
import dev.kport.translator.parse.tree.Expr;
import dev.kport.translator.parse.tree.Node;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SemaTest {

  private static ParsedUnit parse(String src) {
    return FrontEnd.parse(Path.of("s.cu"), src, List.of(), Map.of());
  }

  private static List<Expr.Call> calls(ParsedUnit u, String name) {
    List<Expr.Call> out = new ArrayList<>();
    u.walk(n -> {
      if (n instanceof Expr.Call c && c.callee() instanceof Expr.Name f && f.name().equals(name)) {
        out.add(c);
      }
    });
    return out;
  }

  private static Symbol symbol(ParsedUnit u, String name) {
    return u.model().symbols().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void atomicAddSeesThePointeeThroughMacrosArraysAndAddressOf() {
    ParsedUnit u = parse("#define REAL double\n"
        + "__global__ void k(REAL *sum, unsigned int *count, float2 *v) {\n"
        + "  __shared__ float partial[32];\n"
        + "  atomicAdd(sum, 1.0);\n"
        + "  atomicAdd(&count[threadIdx.x], 1u);\n"
        + "  atomicAdd(partial + 3, 2.0f);\n"
        + "  atomicAdd(&v[0].x, 1.0f);\n"
        + "}\n");
    List<Expr.Call> atomics = calls(u, "atomicAdd");
    assertThat(atomics).hasSize(4);
    List<String> pointees = atomics.stream()
        .map(c -> u.model().pointeeOfFirstArgument(c).map(Type::base).orElse("?")).toList();
    assertThat(pointees).containsExactly("double", "unsigned int", "float", "float");
    assertThat(u.model().typeOf(atomics.get(0)).orElseThrow().base()).isEqualTo("double");
  }

  @Test
  void variablesCarryTheirAddressSpaces() {
    ParsedUnit u = parse("__constant__ float c[4];\n__device__ int g;\n"
        + "__global__ void k(const float *__restrict__ in, int n) {\n"
        + "  extern __shared__ float dyn[];\n  __shared__ int tile[64];\n  float local = in[0];\n}\n");
    assertThat(symbol(u, "c").type().space()).isEqualTo(AddressSpace.CONSTANT);
    assertThat(symbol(u, "g").type().space()).isEqualTo(AddressSpace.GLOBAL);
    Symbol in = symbol(u, "in");
    assertThat(in.type().space()).isEqualTo(AddressSpace.GLOBAL);
    assertThat(in.type().isConst()).isTrue();
    assertThat(in.type().pointers()).isEqualTo(1);
    assertThat(in.isKernelBuffer()).isTrue();
    assertThat(symbol(u, "n").type().space()).isEqualTo(AddressSpace.LOCAL);
    assertThat(symbol(u, "dyn").type().space()).isEqualTo(AddressSpace.SHARED);
    assertThat(symbol(u, "tile").type().arrayDims()).isEqualTo(1);
    assertThat(symbol(u, "local").type().space()).isEqualTo(AddressSpace.LOCAL);
  }

  @Test
  void pointersPassedToDeviceFunctionsAreTracedToTheirBuffer() {
    ParsedUnit u = parse("__device__ float first(const float *p) { return p[0]; }\n"
        + "__device__ void store(float *dst, float v) { *dst = v; }\n"
        + "__device__ float mixed(float *q) { return *q; }\n"
        + "__global__ void k(const float *in, float *out, int n) {\n"
        + "  __shared__ float tile[256];\n"
        + "  const float *row = in + blockIdx.x * n;\n"
        + "  tile[threadIdx.x] = first(row + threadIdx.x);\n"
        + "  store(&out[blockIdx.x], tile[0]);\n"
        + "  mixed(tile);\n  mixed(out);\n"
        + "}\n");
    SemanticModel m = u.model();
    assertThat(m.origins(symbol(u, "p"))).extracting(Symbol::name).containsExactly("in");
    assertThat(m.origins(symbol(u, "dst"))).extracting(Symbol::name).containsExactly("out");
    assertThat(m.origins(symbol(u, "q"))).extracting(Symbol::name).containsExactly("tile", "out");
    Decl.Function first = u.functions().get(0);
    Expr.Index read = (Expr.Index) ((dev.kport.translator.parse.tree.Stmt.Return) first.body().items().get(0)).value();
    assertThat(m.pointsInto(read.base()).map(Symbol::name)).contains("in");
    assertThat(m.addressSpaceOf(read.base())).isEqualTo(AddressSpace.GLOBAL);
  }

  @Test
  void templateParametersMakeTypesDependent() {
    ParsedUnit u = parse("template <typename T, int N> __global__ void k(T *data, int n) { T acc[N]; float f; }");
    assertThat(symbol(u, "data").type().dependent()).isTrue();
    assertThat(symbol(u, "acc").type().dependent()).isTrue();
    assertThat(symbol(u, "f").type().dependent()).isFalse();
    assertThat(symbol(u, "N").kind()).isEqualTo(SymbolKind.TEMPLATE_PARAM);
  }

  @Test
  void namesResolveToTheInnermostDeclaration() {
    ParsedUnit u = parse("int x;\n__device__ float f(float x) { { double x = 1; return x; } }\n");
    List<Expr.Name> uses = new ArrayList<>();
    u.walk(n -> {
      if (n instanceof Expr.Name nm && nm.name().equals("x")) {
        uses.add(nm);
      }
    });
    assertThat(uses).hasSize(1);
    Symbol s = u.model().symbolOf(uses.get(0)).orElseThrow();
    assertThat(s.type().base()).isEqualTo("double");
    assertThat(u.model().symbolAt(uses.get(0).last())).contains(s);
    Node decl = s.declaration();
    assertThat(decl).isInstanceOf(Decl.Var.class);
    int nameToken = ((Decl.Var) decl).nameToken();
    assertThat(u.token(nameToken).text()).isEqualTo("x");
    assertThat(u.token(nameToken).line()).isEqualTo(2);
    assertThat(u.model().symbolAt(nameToken)).contains(s);
    Decl.Function f = u.functions().get(0);
    assertThat(u.token(f.nameToken()).text()).isEqualTo("f");
    assertThat(u.token(f.params().get(0).nameToken()).text()).isEqualTo("x");
  }

  @Test
  void leavingABlockBringsBackWhatItHidAndForgetsWhatItDeclared() {
    StringBuilder many = new StringBuilder(); // enough names to make the scope's table grow
    for (int i = 0; i < 300; i++) {
      many.append("int v").append(i).append(" = ").append(i).append("; ");
    }
    ParsedUnit u = parse("__device__ float f(float x) {\n { double x = 1; int y = 2; " + many
        + "}\n return x + y + v7; }\n");
    List<Expr.Name> uses = new ArrayList<>();
    u.walk(n -> {
      if (n instanceof Expr.Name nm) {
        uses.add(nm);
      }
    });
    Expr.Name x = uses.stream().filter(n -> n.name().equals("x")).findFirst().orElseThrow();
    assertThat(u.model().symbolOf(x).orElseThrow().type().base()).as("the parameter again").isEqualTo("float");
    Expr.Name y = uses.stream().filter(n -> n.name().equals("y")).findFirst().orElseThrow();
    assertThat(u.model().symbolOf(y)).as("y is out of scope").isEmpty();
    Expr.Name v7 = uses.stream().filter(n -> n.name().equals("v7")).findFirst().orElseThrow();
    assertThat(u.model().symbolOf(v7)).as("v7 is out of scope").isEmpty();
  }

  /**
   * Names the lexer numbered (a file past a few kilobytes) and names written qualified resolve
   * alike: a definition of {@code A::g} also declares {@code g} at file scope, and a name hidden
   * in a block comes back after it.
   */
  @Test
  void numberedAndQualifiedNamesResolveAlike() {
    String padding = "// " + "padding ".repeat(1000) + "\n";
    ParsedUnit u = parse(padding + "struct A { static int g(); };\nint A::g() { return 1; }\n"
        + "__device__ float h(float x) {\n { double x = 2; x += 1; }\n return x + g() + A::g(); }\n");
    List<Expr.Name> uses = new ArrayList<>();
    u.walk(n -> {
      if (n instanceof Expr.Name nm) {
        uses.add(nm);
      }
    });
    List<String> bases = uses.stream().filter(n -> n.name().equals("x"))
        .map(n -> u.model().symbolOf(n).orElseThrow().type().base()).toList();
    assertThat(bases).as("x in the block, then the parameter").containsExactly("double", "float");
    Expr.Name g = uses.stream().filter(n -> n.name().equals("g")).findFirst().orElseThrow();
    Expr.Name ag = uses.stream().filter(n -> n.name().equals("A::g")).findFirst().orElseThrow();
    assertThat(u.model().symbolOf(g)).as("g, declared by the definition of A::g").isPresent();
    assertThat(u.model().symbolOf(ag)).as("A::g").isPresent();
    assertThat(u.model().symbolOf(g).orElseThrow().declaration())
        .isSameAs(u.model().symbolOf(ag).orElseThrow().declaration());
  }

  @Test
  void expressionTypesFollowCRules() {
    ParsedUnit u = parse("struct P { float w; int k; };\n"
        + "__global__ void k(P *ps, float4 *v, char c, unsigned u, double d) {\n"
        + "  int i = 0;\n  ps[i].w; ps->k; v[i].z; c + c; u + i; i * 1.0f; d / 2; (int)d; i < u; &ps[1];\n}\n");
    List<String> types = new ArrayList<>();
    u.walk(n -> {
      if (n instanceof dev.kport.translator.parse.tree.Stmt.ExprStmt s) {
        types.add(u.model().typeOf(s.expr()).map(Type::spelled).orElse("?"));
      }
    });
    assertThat(types).containsExactly("float", "int", "float", "int", "unsigned int", "float", "double", "int",
        "bool", "P *");
  }
}
