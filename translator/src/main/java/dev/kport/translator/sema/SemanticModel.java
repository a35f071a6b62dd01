package dev.kport.translator.sema;

import dev.kport.translator.parse.tree.Decl;
import dev.kport.translator.parse.tree.Expr;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What {@link Sema} learned about one file, and the queries rules ask of it. */
public final class SemanticModel {

  private final Sema sema;
  private final ExpressionTyper typer;
  private Map<Integer, Symbol> byToken;
  private Map<Symbol, Set<Symbol>> paramOrigins;

  SemanticModel(Sema sema) {
    this.sema = sema;
    this.typer = new ExpressionTyper(this, sema);
  }

  /** Every symbol declared in the file, in declaration order. */
  public List<Symbol> symbols() {
    return Collections.unmodifiableList(sema.symbols);
  }

  /** The symbol a name refers to, when it is declared in this file. */
  public Optional<Symbol> symbolOf(Expr.Name name) {
    return Optional.ofNullable(sema.uses.get(name));
  }

  /**
   * The symbol named by the token at {@code tokenIndex}: the name token of its declaration, or
   * the last token of a use.
   */
  public Optional<Symbol> symbolAt(int tokenIndex) {
    if (byToken == null) {
      byToken = new HashMap<>();
      for (Symbol s : sema.symbols) {
        int at = nameToken(s.declaration());
        if (at >= 0) {
          byToken.put(at, s);
        }
      }
      sema.uses.forEach((name, symbol) -> byToken.put(name.last(), symbol));
    }
    return Optional.ofNullable(byToken.get(tokenIndex));
  }

  private static int nameToken(dev.kport.translator.parse.tree.Node n) {
    if (n instanceof Decl.Var v) {
      return v.nameToken();
    }
    if (n instanceof Decl.Param p) {
      return p.nameToken();
    }
    if (n instanceof Decl.Function f) {
      return f.nameToken();
    }
    return -1;
  }

  /** The type of an expression, when it can be told from this file. */
  public Optional<Type> typeOf(Expr e) {
    Type t = typer.type(e);
    return t.isUnknown() ? Optional.empty() : Optional.of(t);
  }

  /** The parameter symbols of a function, in order. */
  public List<Symbol> parametersOf(Decl.Function f) {
    return sema.functions.parametersOf(f);
  }

  /** Function and kernel symbols with a body in this file, in source order of the walk. */
  public List<Decl.Function> definitions() {
    return new ArrayList<>(sema.functions.definitions());
  }

  /**
   * The kernel buffer, shared array, constant or device global a pointer expression points
   * into: through arithmetic, casts, {@code &a[i]}, local pointer variables, and parameters of
   * {@code __device__} functions whose every call passes the same one.
   */
  public Optional<Symbol> pointsInto(Expr e) {
    return Optional.ofNullable(origin(e, 0));
  }

  /** Where the pointer a parameter receives comes from, over all calls of its function in this file. */
  public Set<Symbol> origins(Symbol parameter) {
    return Collections.unmodifiableSet(paramOrigins().getOrDefault(parameter, Set.of()));
  }

  /** The address space an expression's memory is in (for a pointer, where it points). */
  public AddressSpace addressSpaceOf(Expr e) {
    Symbol root = origin(e, 0);
    if (root != null) {
      return root.type().space();
    }
    return typer.type(e).space();
  }

  /** For {@code atomicAdd(p, v)} and friends: the type p points to. */
  public Optional<Type> pointeeOfFirstArgument(Expr.Call call) {
    if (call.args().isEmpty()) {
      return Optional.empty();
    }
    Type t = typer.type(call.args().get(0)).decayed();
    return t.pointers() > 0 ? Optional.of(t.element()) : Optional.empty();
  }

  Symbol symbol(Expr.Name n) {
    return sema.uses.get(n);
  }

  private Symbol origin(Expr e, int depth) {
    if (depth > 32) {
      return null;
    }
    if (e instanceof Expr.Paren p) {
      return origin(p.inner(), depth + 1);
    }
    if (e instanceof Expr.Cast c) {
      return origin(c.operand(), depth + 1);
    }
    if (e instanceof Expr.Binary b && (b.op().equals("+") || b.op().equals("-"))) {
      Symbol l = typer.type(b.left()).isPointerLike() ? origin(b.left(), depth + 1) : null;
      return l != null ? l : typer.type(b.right()).isPointerLike() ? origin(b.right(), depth + 1) : null;
    }
    if (e instanceof Expr.Unary u && u.op().equals("&")) {
      Expr x = u.operand();
      while (x instanceof Expr.Index || x instanceof Expr.Paren || x instanceof Expr.Member) {
        x = x instanceof Expr.Index i ? i.base() : x instanceof Expr.Paren p ? p.inner() : ((Expr.Member) x).base();
      }
      return origin(x, depth + 1);
    }
    if (e instanceof Expr.Unary u && (u.op().equals("++") || u.op().equals("--"))) {
      return origin(u.operand(), depth + 1);
    }
    if (e instanceof Expr.Assign a) {
      return origin(a.value(), depth + 1);
    }
    if (e instanceof Expr.Conditional c) {
      Symbol a = origin(c.then(), depth + 1);
      return a != null && a == origin(c.otherwise(), depth + 1) ? a : null;
    }
    if (e instanceof Expr.Name n) {
      Symbol s = sema.uses.get(n);
      return s == null ? null : originOfSymbol(s, depth);
    }
    return null;
  }

  private Symbol originOfSymbol(Symbol s, int depth) {
    Type t = s.type();
    if (s.kind() == SymbolKind.PARAMETER) {
      if (t.space() == AddressSpace.GLOBAL && t.isPointerLike()) {
        return s; // a kernel's buffer
      }
      Set<Symbol> from = paramOrigins().get(s);
      return from != null && from.size() == 1 ? from.iterator().next() : null;
    }
    if (s.kind() == SymbolKind.VARIABLE) {
      AddressSpace sp = t.space();
      if (sp == AddressSpace.SHARED || sp == AddressSpace.CONSTANT || (sp == AddressSpace.GLOBAL && t.pointers() == 0)) {
        return s;
      }
      Expr src = sema.pointerSources.get(s);
      return src == null ? null : origin(src, depth + 1);
    }
    return null;
  }

  /** Call sites give each pointer parameter of a defined function the origins of its arguments, to a fixed point. */
  private Map<Symbol, Set<Symbol>> paramOrigins() {
    if (paramOrigins != null) {
      return paramOrigins;
    }
    paramOrigins = new IdentityHashMap<>();
    for (int round = 0; round < 4; round++) {
      boolean changed = false;
      for (Expr.Call call : sema.calls) {
        if (!(call.callee() instanceof Expr.Name n)) {
          continue;
        }
        Symbol fn = sema.uses.get(n);
        Decl.Function def = fn == null ? null : sema.functions.definitionOf(fn);
        if (def == null) {
          continue;
        }
        List<Symbol> params = sema.functions.parametersOf(def);
        for (int i = 0; i < Math.min(params.size(), call.args().size()); i++) {
          Symbol param = params.get(i);
          if (!param.type().isPointerLike() && !param.type().reference()) {
            continue;
          }
          Symbol from = origin(call.args().get(i), 1);
          if (from != null && paramOrigins.computeIfAbsent(param, k -> new LinkedHashSet<>()).add(from)) {
            changed = true;
          }
        }
      }
      if (!changed) {
        break;
      }
    }
    return paramOrigins;
  }
}
