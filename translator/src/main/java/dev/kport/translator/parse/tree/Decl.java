package dev.kport.translator.parse.tree;

import java.util.List;

/** Declarations, at file, namespace, class or block scope. */
public sealed interface Decl extends Node {

  record Namespace(String name, List<Decl> body, int first, int last) implements Decl {
    public Namespace {
      body = Lists.frozen(body);
    }

    public List<Node> children() {
      return java.util.Collections.unmodifiableList(body);
    }
  }

  /** {@code extern "C" { ... }} or {@code extern "C" decl}. */
  record Linkage(String language, List<Decl> body, int first, int last) implements Decl {
    public Linkage {
      body = Lists.frozen(body);
    }

    public List<Node> children() {
      return java.util.Collections.unmodifiableList(body);
    }
  }

  /** {@code using N = T;} (type set), {@code using namespace N;} or {@code using N::x;} (kind says). */
  record Using(String kind, String name, TypeName type, int first, int last) implements Decl {
    public List<Node> children() {
      return Node.of(type);
    }
  }

  record Typedef(String name, TypeName type, int first, int last) implements Decl {
    public List<Node> children() {
      return List.of(type);
    }
  }

  /** struct, class or union; members empty and complete false for a forward declaration. */
  record Record(String tag, String name, List<TypeName> bases, List<Decl> members, boolean complete,
      int first, int last) implements Decl {
    public Record {
      bases = Lists.frozen(bases);
      members = Lists.frozen(members);
    }

    public List<Node> children() {
      return Node.of(bases, members);
    }
  }

  record Enum(String name, boolean scoped, TypeName underlying, List<Enumerator> enumerators, int first, int last)
      implements Decl {
    public Enum {
      enumerators = Lists.frozen(enumerators);
    }

    public List<Node> children() {
      return Node.of(underlying, enumerators);
    }
  }

  record Enumerator(String name, Expr value, int first, int last) implements Decl {
    public List<Node> children() {
      return Node.of(value);
    }
  }

  /** {@code template <params> inner}; params empty for an explicit specialisation {@code template <>}. */
  record Template(List<TemplateParam> params, Decl inner, int first, int last) implements Decl {
    public Template {
      params = Lists.frozen(params);
    }

    public List<Node> children() {
      return Node.of(params, inner);
    }
  }

  /**
   * One template parameter: kind is {@code typename}, {@code class}, {@code template} or
   * {@code value} (a non-type parameter of the given type).
   */
  record TemplateParam(String kind, String name, TypeName type, Node defaultArg, boolean pack, int first, int last)
      implements Decl {
    public List<Node> children() {
      return Node.of(type, defaultArg);
    }
  }

  /** {@code template void f<float>(float *);} or with {@code extern} in front. */
  record Instantiation(Decl inner, boolean isExtern, int first, int last) implements Decl {
    public List<Node> children() {
      return List.of(inner);
    }
  }

  /**
   * A function declaration or definition (body null when only declared); name may be qualified
   * ({@code Vec::norm}), an operator ({@code operator+}) or a constructor/destructor; nameToken
   * is the index of the name's first token (-1 if none), for rules that rename.
   */
  record Function(Specifiers specs, TypeName returnType, String name, int nameToken, List<Node> templateArgs,
      List<Param> params,
      boolean variadic, Stmt.Block body, int first, int last) implements Decl {
    public Function {
      templateArgs = Lists.frozen(templateArgs);
      params = Lists.frozen(params);
    }

    public boolean isKernel() {
      return specs.isKernel();
    }

    public List<Node> children() {
      return Node.of(specs.launchBounds(), returnType, templateArgs, params, body);
    }
  }

  /** A function parameter; name empty (and nameToken -1) when unnamed. */
  record Param(TypeName type, String name, int nameToken, Expr defaultValue, Specifiers specs, int first, int last) implements Decl {
    public List<Node> children() {
      return Node.of(type, defaultValue);
    }
  }

  /** A variable or data member; init is null, an expression, or an {@link Expr.InitList}/{@link Expr.Construct}. */
  record Var(Specifiers specs, TypeName type, String name, int nameToken, Expr init, int first, int last)
      implements Decl {
    public List<Node> children() {
      return Node.of(specs.launchBounds(), type, init);
    }
  }

  /** {@code public:} and friends inside a class. */
  record Access(String access, int first, int last) implements Decl {
    public List<Node> children() {
      return List.of();
    }
  }

  record StaticAssert(List<Expr> args, int first, int last) implements Decl {
    public StaticAssert {
      args = Lists.frozen(args);
    }

    public List<Node> children() {
      return java.util.Collections.unmodifiableList(args);
    }
  }

  /** A macro used as a whole declaration, e.g. {@code DEFINE_KERNEL(float)} without a semicolon. */
  record MacroUse(String name, List<Expr> args, int first, int last) implements Decl {
    public MacroUse {
      args = Lists.frozen(args);
    }

    public List<Node> children() {
      return java.util.Collections.unmodifiableList(args);
    }
  }

  record Empty(int first, int last) implements Decl {
    public List<Node> children() {
      return List.of();
    }
  }

  record Opaque(String reason, int first, int last) implements Decl {
    public List<Node> children() {
      return List.of();
    }
  }
}
