package dev.kport.translator.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kport.translator.diag.Diagnostic;
import dev.kport.translator.parse.tree.Decl;
import dev.kport.translator.parse.tree.Expr;
import dev.kport.translator.parse.tree.Stmt;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParserTest {

  static ParsedUnit parse(String src) {
    return FrontEnd.parse(Path.of("t.cu"), src, List.of(), Map.of());
  }

  @Test
  void aBrokenStatementBecomesOpaqueAndTheRestIsParsed() {
    ParsedUnit u = parse("__global__ void k(float *p) {\n  int x = ;\n  p[0] = 1.0f;\n}\n");
    assertThat(u.opaqueNodes()).hasSize(1);
    Stmt.Opaque bad = (Stmt.Opaque) u.opaqueNodes().get(0);
    assertThat(u.text(bad)).isEqualTo("int x = ;");
    Diagnostic d = u.diagnostics().get(0);
    assertThat(d.code()).isEqualTo("KP1002");
    assertThat(d.line()).isEqualTo(2);
    assertThat(u.kernels()).hasSize(1);
    Decl.Function k = u.kernels().get(0);
    assertThat(k.body().items()).hasSize(2);
    assertThat(k.body().items().get(1)).isInstanceOf(Stmt.ExprStmt.class);
  }

  @Test
  void aBrokenDeclarationDoesNotHideTheNextOne() {
    ParsedUnit u = parse("int = 3;\n__device__ float f(float a) { return a; }\n");
    assertThat(u.opaqueNodes()).hasSize(1);
    assertThat(u.functions()).extracting(Decl.Function::name).containsExactly("f");
    assertThat(u.diagnostics()).extracting(Diagnostic::code).containsExactly("KP1001");
  }

  @Test
  void everyNodeKeepsItsTokenRange() {
    String src = "__global__ void k(int *a) { a[threadIdx.x] += 2; }";
    ParsedUnit u = parse(src);
    Decl.Function k = u.kernels().get(0);
    assertThat(u.text(k)).isEqualTo(src);
    Stmt.ExprStmt s = (Stmt.ExprStmt) k.body().items().get(0);
    assertThat(u.text(s.expr())).isEqualTo("a[threadIdx.x] += 2");
    assertThat(u.text(((Expr.Assign) s.expr()).target())).isEqualTo("a[threadIdx.x]");
  }

  @Test
  void aNameDeclaredAsATypeAfterItWasUsedReadsAsATypeFromThen() {
    // the parser remembers per name whether it is a type; the declaration must change that answer
    String src = "void f() { Point(1, 2); }\n"
        + "struct Point { int x, y; __host__ __device__ Point(int a, int b) : x(a), y(b) {} };\n"
        + "void g() { Point(3, 4); }\n"
        + "void h() { Box<int>(5); }\n"
        + "template <typename T> struct Box { T v; Box(T a) : v(a) {} };\n"
        + "void i() { Box<int>(6); }\n";
    // a short text has its names numbered when the parser asks, a long one while it is lexed
    String padding = "int unused_" + "x".repeat(8) + ";\n";
    for (String text : List.of(src, src + padding.repeat(5000 / padding.length()))) {
      ParsedUnit u = parse(text);
      assertThat(u.opaqueNodes()).isEmpty();
      assertThat(firstExpr(u, "f")).isInstanceOf(Expr.Call.class);
      assertThat(firstExpr(u, "g")).isInstanceOf(Expr.Construct.class);
      assertThat(firstExpr(u, "i")).as("Box<int>(6) once Box is a template").isInstanceOf(Expr.Construct.class);
    }
  }

  @Test
  void operatorsKeepTheirTextInTheTree() {
    ParsedUnit u = parse("void f(int a, int b) { a <<= b >> 1 >= 2 != 3 || a % b; }\n");
    Expr.Assign assign = (Expr.Assign) firstExpr(u, "f");
    assertThat(assign.op()).isEqualTo("<<=");
    Expr.Binary or = (Expr.Binary) assign.value();
    assertThat(or.op()).isEqualTo("||");
    Expr.Binary ne = (Expr.Binary) or.left();
    assertThat(ne.op()).isEqualTo("!=");
    assertThat(((Expr.Binary) ne.left()).op()).isEqualTo(">=");
    assertThat(((Expr.Binary) ((Expr.Binary) ne.left()).left()).op()).isEqualTo(">>");
    assertThat(((Expr.Binary) or.right()).op()).isEqualTo("%");
  }

  @Test
  void loneNamesAndNumbersAreWholeOperandsBeforeEveryKindOfFollower() {
    // operands of one token before an operator, a separator or a closing bracket are read at
    // once; before ( [ . -> ++ :: < they are not, and the tree must be the same either way
    String[] cases = {
        "x = a ? b : c", "(x = (a ? b : c))",
        "y = a * b + c * d - e", "(y = (((a * b) + (c * d)) - e))",
        "z = a - b - 1", "(z = ((a - b) - 1))",
        "w = p->q + r[i] + s.t + f(a, 1, b)", "(w = (((p->q + r[i]) + s.t) + f(a, 1, b)))",
        "v = 1 << n | m & 2 ^ k", "(v = ((1 << n) | ((m & 2) ^ k)))",
        "u += i++ * --j", "(u += ((i++) * (--j)))",
        "t = a < b && c > d", "(t = ((a < b) && (c > d)))",
        "s = a <= b == c >= 4", "(s = ((a <= b) == (c >= 4)))",
        "r = (a) + b, c = d", "((r = ((a) + b)) , (c = d))",
        "q = x[i][j] * y", "(q = (x[i][j] * y))",
        "k<<<g, b>>>(a, n)", "k<<<g, b>>>(a, n)",
    };
    StringBuilder src = new StringBuilder("void f() {\n");
    for (int i = 0; i < cases.length; i += 2) {
      src.append("  ").append(cases[i]).append(";\n");
    }
    ParsedUnit u = parse(src.append("}\n").toString());
    assertThat(u.opaqueNodes()).isEmpty();
    Decl.Function f = u.functions().get(0);
    for (int i = 0; i < cases.length; i += 2) {
      Stmt.ExprStmt st = (Stmt.ExprStmt) f.body().items().get(i / 2);
      assertThat(render(st.expr())).as(cases[i]).isEqualTo(cases[i + 1]);
      // the expression covers exactly the tokens of its statement but the ';'
      assertThat(u.tokens().get(st.expr().last() + 1).text()).as(cases[i]).isEqualTo(";");
    }
  }

  /** An expression with every operator's operands in parentheses. */
  private static String render(Expr e) {
    if (e instanceof Expr.Name n) {
      return n.name();
    } else if (e instanceof Expr.Literal l) {
      return l.text();
    } else if (e instanceof Expr.Binary b) {
      return "(" + render(b.left()) + " " + b.op() + " " + render(b.right()) + ")";
    } else if (e instanceof Expr.Assign a) {
      return "(" + render(a.target()) + " " + a.op() + " " + render(a.value()) + ")";
    } else if (e instanceof Expr.Conditional c) {
      return "(" + render(c.cond()) + " ? " + render(c.then()) + " : " + render(c.otherwise()) + ")";
    } else if (e instanceof Expr.Unary un) {
      return "(" + (un.postfix() ? render(un.operand()) + un.op() : un.op() + render(un.operand())) + ")";
    } else if (e instanceof Expr.Paren p) {
      return "(" + render(p.inner()) + ")";
    } else if (e instanceof Expr.Index x) {
      return render(x.base()) + "[" + render(x.index()) + "]";
    } else if (e instanceof Expr.Member m) {
      return render(m.base()) + (m.arrow() ? "->" : ".") + m.member();
    } else if (e instanceof Expr.Call c) {
      return render(c.callee()) + "(" + String.join(", ", c.args().stream().map(ParserTest::render).toList()) + ")";
    } else if (e instanceof Expr.Launch l) {
      return render(l.kernel()) + "<<<" + String.join(", ", l.config().stream().map(ParserTest::render).toList())
          + ">>>(" + String.join(", ", l.args().stream().map(ParserTest::render).toList()) + ")";
    }
    return e.toString();
  }

  private static Expr firstExpr(ParsedUnit u, String function) {
    Decl.Function f = u.functions().stream().filter(x -> x.name().equals(function)).findFirst().orElseThrow();
    return ((Stmt.ExprStmt) f.body().items().get(0)).expr();
  }

  @Test
  void deepNestingIsReportedNotThrown() {
    String src = "int x = " + "(".repeat(20000) + "1" + ")".repeat(20000) + ";\nint y = 2;\n";
    ParsedUnit u = parse(src);
    assertThat(u.opaqueNodes()).isNotEmpty();
    assertThat(u.diagnostics()).anyMatch(d -> d.message().contains("nesting too deep"));
  }

  @Test
  void launchesAreFoundWithTheirConfiguration() {
    ParsedUnit u = parse("void h() { k<float, 4><<<dim3(2, 2), 64, 0, s>>>(a, b); }");
    assertThat(u.launches()).hasSize(1);
    Expr.Launch l = u.launches().get(0);
    assertThat(l.config()).hasSize(4);
    assertThat(l.args()).hasSize(2);
    assertThat(((Expr.Name) l.kernel()).templateArgs()).hasSize(2);
  }

  @Test
  void lessThanIsNotMistakenForATemplate() {
    ParsedUnit u = parse("void h(int a, int b, int c) { bool t = a < b && c > 2; if (a < b) c = 1; }");
    assertThat(u.opaqueNodes()).isEmpty();
    Decl.Function h = u.functions().get(0);
    Decl.Var t = (Decl.Var) ((Stmt.DeclStmt) h.body().items().get(0)).decls().get(0);
    assertThat(((Expr.Binary) t.init()).op()).isEqualTo("&&");
  }

  /** A liveness guard, not a speed check: before memoising, 40 comparisons took hours. */
  @Test
  @org.junit.jupiter.api.Timeout(20)
  void longComparisonChainsDoNotExplode() {
    StringBuilder sb = new StringBuilder("void f() { x = a");
    for (int i = 0; i < 40; i++) {
      sb.append(" < v").append(i);
    }
    ParsedUnit u = parse(sb.append("; }").toString());
    assertThat(u.opaqueNodes()).isEmpty();
  }

  @Test
  void inactiveBranchesAreNotParsed() {
    ParsedUnit u = parse("#if 0\nvoid broken( {\n#else\nvoid fine() {}\n#endif\n");
    assertThat(u.opaqueNodes()).isEmpty();
    assertThat(u.functions()).extracting(Decl.Function::name).containsExactly("fine");
    assertThat(u.preprocessor().inactiveRegions()).hasSize(1);
  }
}
