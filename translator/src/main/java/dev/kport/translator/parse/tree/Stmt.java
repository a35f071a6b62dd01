package dev.kport.translator.parse.tree;

import java.util.List;

/** Statements. Absent optional parts (an {@code else}, a {@code for} condition) are null. */
public sealed interface Stmt extends Node {

  record Block(List<Stmt> items, int first, int last) implements Stmt {
    public Block {
      items = Lists.frozen(items);
    }

    public List<Node> children() {
      return java.util.Collections.unmodifiableList(items);
    }
  }

  record ExprStmt(Expr expr, int first, int last) implements Stmt {
    public List<Node> children() {
      return List.of(expr);
    }
  }

  /** Declarations inside a function body: variables, local types, using, static_assert. */
  record DeclStmt(List<Decl> decls, int first, int last) implements Stmt {
    public DeclStmt {
      decls = Lists.frozen(decls);
    }

    public List<Node> children() {
      return java.util.Collections.unmodifiableList(decls);
    }
  }

  /**
   * {@code if}; init is the C++17 init-statement or null; cond is an {@link Expr} or, for
   * {@code if (T x = f())}, a {@link Decl.Var}. The same holds for the conditions of while, for and switch.
   */
  record If(Stmt init, Node cond, Stmt then, Stmt otherwise, boolean isConstexpr, int first, int last)
      implements Stmt {
    public List<Node> children() {
      return Node.of(init, cond, then, otherwise);
    }
  }

  record Switch(Stmt init, Node cond, Stmt body, int first, int last) implements Stmt {
    public List<Node> children() {
      return Node.of(init, cond, body);
    }
  }

  record While(Node cond, Stmt body, int first, int last) implements Stmt {
    public List<Node> children() {
      return Node.of(cond, body);
    }
  }

  record DoWhile(Stmt body, Expr cond, int first, int last) implements Stmt {
    public List<Node> children() {
      return Node.of(body, cond);
    }
  }

  record For(Stmt init, Node cond, Expr step, Stmt body, int first, int last) implements Stmt {
    public List<Node> children() {
      return Node.of(init, cond, step, body);
    }
  }

  record RangeFor(Decl.Var var, Expr range, Stmt body, int first, int last) implements Stmt {
    public List<Node> children() {
      return Node.of(var, range, body);
    }
  }

  /** {@code case v:} or, with a null value, {@code default:}; the statements after it are siblings. */
  record Case(Expr value, int first, int last) implements Stmt {
    public List<Node> children() {
      return Node.of(value);
    }
  }

  record Labeled(String label, Stmt stmt, int first, int last) implements Stmt {
    public List<Node> children() {
      return List.of(stmt);
    }
  }

  /** {@code break}, {@code continue}, {@code goto L} (word is the keyword, target the label or empty). */
  record Jump(String word, String target, int first, int last) implements Stmt {
    public List<Node> children() {
      return List.of();
    }
  }

  record Return(Expr value, int first, int last) implements Stmt {
    public List<Node> children() {
      return Node.of(value);
    }
  }

  record Empty(int first, int last) implements Stmt {
    public List<Node> children() {
      return List.of();
    }
  }

  /** Inline assembly ({@code asm volatile("..." : ...)}), kept as tokens: rules diagnose it. */
  record Asm(int first, int last) implements Stmt {
    public List<Node> children() {
      return List.of();
    }
  }

  /** {@code try { } catch (...) { }}; each handler's exception declaration is its first param or absent. */
  record Try(Block body, List<Decl.Param> exceptions, List<Block> handlers, int first, int last) implements Stmt {
    public Try {
      exceptions = Lists.frozen(exceptions);
      handlers = Lists.frozen(handlers);
    }

    public List<Node> children() {
      return Node.of(body, exceptions, handlers);
    }
  }

  record Opaque(String reason, int first, int last) implements Stmt {
    public List<Node> children() {
      return List.of();
    }
  }
}
