package dev.kport.translator.parse.tree;

import java.util.List;

/** Expressions. Operators are kept as their source spelling ({@code "+="}, {@code "->"}). */
public sealed interface Expr extends Node {

  enum LiteralKind { INT, FLOAT, CHAR, STRING, BOOL, NULLPTR, EMPTY }

  enum CastKind { C_STYLE, STATIC, DYNAMIC, CONST, REINTERPRET }

  record Literal(LiteralKind kind, String text, int first, int last) implements Expr {
    public List<Node> children() {
      return List.of();
    }
  }

  /** A (possibly qualified) name, with the template arguments written after it. */
  record Name(String name, List<Node> templateArgs, int first, int last) implements Expr {
    public Name {
      templateArgs = Lists.frozen(templateArgs);
    }

    public List<Node> children() {
      return java.util.Collections.unmodifiableList(templateArgs);
    }
  }

  record This(int first, int last) implements Expr {
    public List<Node> children() {
      return List.of();
    }
  }

  record Paren(Expr inner, int first, int last) implements Expr {
    public List<Node> children() {
      return List.of(inner);
    }
  }

  /** Prefix or postfix unary operator; {@code *p}, {@code &x}, {@code i++}. */
  record Unary(String op, Expr operand, boolean postfix, int first, int last) implements Expr {
    public List<Node> children() {
      return List.of(operand);
    }
  }

  /** Binary operator other than assignment, the comma operator included. */
  record Binary(String op, Expr left, Expr right, int first, int last) implements Expr {
    public List<Node> children() {
      return List.of(left, right);
    }
  }

  record Assign(String op, Expr target, Expr value, int first, int last) implements Expr {
    public List<Node> children() {
      return List.of(target, value);
    }
  }

  record Conditional(Expr cond, Expr then, Expr otherwise, int first, int last) implements Expr {
    public List<Node> children() {
      return List.of(cond, then, otherwise);
    }
  }

  record Call(Expr callee, List<Expr> args, int first, int last) implements Expr {
    public Call {
      args = Lists.frozen(args);
    }

    public List<Node> children() {
      return Node.of(callee, args);
    }
  }

  /** {@code kernel<<<grid, block, shmem, stream>>>(args)}; config holds the 2 to 4 launch values. */
  record Launch(Expr kernel, List<Expr> config, List<Expr> args, int first, int last) implements Expr {
    public Launch {
      config = Lists.frozen(config);
      args = Lists.frozen(args);
    }

    public List<Node> children() {
      return Node.of(kernel, config, args);
    }
  }

  record Index(Expr base, Expr index, int first, int last) implements Expr {
    public List<Node> children() {
      return List.of(base, index);
    }
  }

  record Member(Expr base, String member, boolean arrow, int first, int last) implements Expr {
    public List<Node> children() {
      return List.of(base);
    }
  }

  /** C-style {@code (T)e} and the named casts {@code static_cast<T>(e)}. */
  record Cast(CastKind kind, TypeName type, Expr operand, int first, int last) implements Expr {
    public List<Node> children() {
      return List.of(type, operand);
    }
  }

  /**
   * Functional cast or construction: {@code float(x)}, {@code float2{a, b}}; type is null for
   * the direct initialiser of a declaration ({@code dim3 grid(n, 1)}), whose type is the variable's.
   */
  record Construct(TypeName type, List<Expr> args, boolean braced, int first, int last) implements Expr {
    public Construct {
      args = Lists.frozen(args);
    }

    public List<Node> children() {
      return Node.of(type, args);
    }
  }

  /** {@code sizeof}, {@code alignof}, {@code sizeof...}, {@code typeid}, {@code noexcept}, {@code decltype}. */
  record Builtin(String op, Node operand, int first, int last) implements Expr {
    public List<Node> children() {
      return Node.of(operand);
    }
  }

  record InitList(List<Expr> items, int first, int last) implements Expr {
    public InitList {
      items = Lists.frozen(items);
    }

    public List<Node> children() {
      return java.util.Collections.unmodifiableList(items);
    }
  }

  /** {@code [captures](params) -> ret { body }}; captures as written between the brackets. */
  record Lambda(String captures, List<Decl.Param> params, TypeName returnType, Stmt.Block body, int first, int last)
      implements Expr {
    public Lambda {
      params = Lists.frozen(params);
    }

    public List<Node> children() {
      return Node.of(params, returnType, body);
    }
  }

  record New(TypeName type, Expr arraySize, List<Expr> args, int first, int last) implements Expr {
    public New {
      args = Lists.frozen(args);
    }

    public List<Node> children() {
      return Node.of(type, arraySize, args);
    }
  }

  record Delete(Expr operand, boolean array, int first, int last) implements Expr {
    public List<Node> children() {
      return List.of(operand);
    }
  }

  record Throw(Expr operand, int first, int last) implements Expr {
    public List<Node> children() {
      return Node.of(operand);
    }
  }

  /** A type written where a function-like macro takes an argument: {@code LAUNCH(k, float, n)}. */
  record TypeArg(TypeName type, int first, int last) implements Expr {
    public List<Node> children() {
      return List.of(type);
    }
  }

  /** Tokens the parser could not read as an expression; a diagnostic says why. */
  record Opaque(String reason, int first, int last) implements Expr {
    public List<Node> children() {
      return List.of();
    }
  }
}
