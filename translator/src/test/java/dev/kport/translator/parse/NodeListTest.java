package dev.kport.translator.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kport.translator.parse.tree.Decl;
import dev.kport.translator.parse.tree.Expr;
import dev.kport.translator.parse.tree.Stmt;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lists a tree holds: read-only, its own, and like any other list to their readers. */
class NodeListTest {

  private static final String KERNEL = "__global__ void k(float *a, int n) {\n"
      + "  int i = 0;\n"
      + "  a[i] = fmaxf(a[i], n * 2.0f);\n"
      + "}\n";

  @Test
  void aParsedTreesListsCannotBeChanged() {
    Decl.Function k = ParserTest.parse(KERNEL).kernels().get(0);
    Stmt.ExprStmt s = (Stmt.ExprStmt) k.body().items().get(1);
    Expr.Call call = (Expr.Call) ((Expr.Assign) s.expr()).value();
    assertThat(k.params()).hasSize(2);
    assertThat(call.args()).hasSize(2);
    assertThatThrownBy(() -> k.params().remove(0)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> k.body().items().add(s)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> call.args().set(0, call)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> call.args().removeIf(x -> true)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(k.params()).hasSize(2);
    assertThat(call.args()).hasSize(2);
  }

  @Test
  void aNodeKeepsItsOwnCopyOfAListItWasGiven() {
    Expr a = new Expr.Name("a", List.of(), 0, 0);
    Expr b = new Expr.Name("b", List.of(), 2, 2);
    List<Expr> args = new ArrayList<>(List.of(a, b));
    Expr.Call call = new Expr.Call(new Expr.Name("f", List.of(), 0, 0), args, 0, 4);
    args.clear();
    args.add(b);
    assertThat(call.args()).containsExactly(a, b);
  }

  @Test
  void treeListsCompareHashAndPrintLikeOtherLists() {
    Expr a = new Expr.Name("a", List.of(), 0, 0);
    Expr b = new Expr.Name("b", List.of(), 2, 2);
    Expr c = new Expr.Name("c", List.of(), 4, 4);
    for (List<Expr> given : List.of(List.<Expr>of(), List.of(a), List.of(a, b), Arrays.asList(a, null, c))) {
      List<Expr> kept = new Expr.InitList(given, 0, 5).items();
      assertThat(kept).isEqualTo(given);
      assertThat(given).isEqualTo(kept);
      assertThat(kept.hashCode()).isEqualTo(given.hashCode());
      assertThat(kept.toString()).isEqualTo(given.toString());
      assertThatThrownBy(() -> kept.get(kept.size())).isInstanceOf(IndexOutOfBoundsException.class);
    }
  }
}
