package dev.kport.translator.sema;

import dev.kport.translator.lex.Spellings;
import dev.kport.translator.lex.TokenKind;
import dev.kport.translator.lex.TokenList;

import dev.kport.translator.parse.tree.Decl;
import dev.kport.translator.parse.tree.Expr;
import dev.kport.translator.parse.tree.Node;
import dev.kport.translator.parse.tree.Specifiers;
import dev.kport.translator.parse.tree.Stmt;
import dev.kport.translator.parse.tree.TranslationUnit;
import dev.kport.translator.parse.tree.TypeName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Walks a syntax tree once: declares symbols in nested scopes, resolves every name to its
 * symbol, and records what later queries need (calls, pointer initialisers, struct fields).
 * Expression types are computed on demand by the {@link SemanticModel}.
 */
public final class Sema {

  final NameUses uses;
  final List<Symbol> symbols;
  final Map<String, Map<String, Symbol>> fields = new HashMap<>();
  final FunctionTable functions = new FunctionTable();
  final List<Expr.Call> calls;
  /** Pointer variables and the first expression assigned to them: where they point. */
  final PointerSources pointerSources = new PointerSources();
  private final WrittenTypes types;
  /** Only during the walk: the table goes back to the thread for its next file afterwards. */
  private Scope scope = Scope.take();
  private String owner = "";
  private boolean inKernel;
  private Map<String, Symbol> anonymousFields;
  /** The lexer's list the tree was parsed from, and its names; null when not known. */
  private TokenList lexed;
  private Spellings spellings;

  private Sema(Function<String, Optional<String>> macros, int tokens) {
    this.types = new WrittenTypes(macros);
    this.uses = new NameUses(tokens);
    // sized from the file so the lists are not regrown and copied a few times each
    this.symbols = new ArrayList<>(Math.max(16, tokens / 24)); // about one declaration in 30 tokens
    this.calls = new ArrayList<>(Math.max(16, tokens / 32));
  }

  /** Analyses a tree with no macro knowledge. */
  public static SemanticModel analyze(TranslationUnit unit) {
    return analyze(unit, name -> Optional.empty());
  }

  /**
   * @param macros what an object-like macro expands to (the preprocessor view's
   *     {@code expand}), so a {@code DATA_TYPE} base type reads as {@code float}
   */
  public static SemanticModel analyze(TranslationUnit unit, Function<String, Optional<String>> macros) {
    return analyze(unit, macros, null);
  }

  /**
   * As {@link #analyze(TranslationUnit, Function)} for a tree parsed from {@code tokens}, the
   * lexer's list (or null): plain names are then resolved by their spelling numbers, not by
   * hashing their text.
   */
  public static SemanticModel analyze(TranslationUnit unit, Function<String, Optional<String>> macros,
      TokenList tokens) {
    Sema sema = new Sema(macros, unit.last() + 1);
    if (tokens != null) {
      sema.lexed = tokens;
      sema.spellings = tokens.spellings();
      sema.scope.useSpellings(sema.spellings);
    }
    try {
      for (Decl d : unit.decls()) {
        sema.decl(d);
      }
    } catch (RuntimeException | StackOverflowError e) {
      // a tree deeper than the stack: the model keeps what was learnt before
    } finally {
      sema.scope.giveBack();
      sema.scope = null;
      sema.uses.compact();
    }
    return new SemanticModel(sema);
  }

  private Symbol declare(String name, SymbolKind kind, Type type, Node decl) {
    Symbol s = new Symbol(name, kind, type, decl, owner);
    if (!name.isEmpty()) {
      scope.declare(s);
      int q = scope.level() == 0 ? lastScope(name) : -1; // only file scope declares A::f for f
      if (q >= 0) {
        scope.declare(new Symbol(name.substring(q + 2), kind, type, decl, owner));
      }
    }
    symbols.add(s);
    return s;
  }

  private void push() {
    scope.push();
  }

  private void pop() {
    scope.pop();
  }

  // ---- declarations

  private void decl(Decl d) {
    if (d instanceof Decl.Function f) {
      function(f);
    } else if (d instanceof Decl.Var v) {
      variable(v, scope.level() == 0);
    } else if (d instanceof Decl.Namespace ns) {
      ns.body().forEach(this::decl);
    } else if (d instanceof Decl.Linkage l) {
      l.body().forEach(this::decl);
    } else if (d instanceof Decl.Template t) {
      template(t);
    } else if (d instanceof Decl.Instantiation i) {
      decl(i.inner());
    } else if (d instanceof Decl.Record r) {
      record(r);
    } else if (d instanceof Decl.Typedef td) {
      typedef(td.name(), td.type(), td);
    } else if (d instanceof Decl.Using u) {
      if (u.type() != null) {
        typedef(u.name(), u.type(), u);
      }
    } else if (d instanceof Decl.Enum e) {
      if (!e.name().isEmpty()) {
        declare(e.name(), SymbolKind.TYPE, Type.scalar(e.name()), e);
      }
      for (Decl.Enumerator item : e.enumerators()) {
        if (item.value() != null) {
          expr(item.value());
        }
        declare(item.name(), SymbolKind.ENUMERATOR, Type.scalar(e.name().isEmpty() ? "int" : e.name()), item);
      }
    } else if (d instanceof Decl.StaticAssert sa) {
      sa.args().forEach(this::expr);
    } else if (d instanceof Decl.MacroUse m) {
      m.args().forEach(this::expr);
    }
  }

  private void typedef(String name, TypeName type, Decl d) {
    declare(name, SymbolKind.TYPE, typeOf(type, AddressSpace.GENERIC), d);
    if (anonymousFields != null && type.base().startsWith("(anonymous")) {
      fields.put(name, anonymousFields);
    }
  }

  private void template(Decl.Template t) {
    push();
    List<String> added = new ArrayList<>();
    for (Decl.TemplateParam p : t.params()) {
      if (p.name().isEmpty()) {
        continue;
      }
      Type type = p.type() == null ? Type.scalar(p.name()) : typeOf(p.type(), AddressSpace.LOCAL);
      declare(p.name(), SymbolKind.TEMPLATE_PARAM, type, p);
      if (types.enterTemplateParam(p.name())) {
        added.add(p.name());
      }
    }
    int inner = scope.level();
    decl(t.inner());
    scope.popTo(inner);
    pop();
    types.leaveTemplateParams(added);
    // the templated entity itself is visible after the template
    if (t.inner() instanceof Decl.Function f) {
      Symbol s = scope.lookupFileScope(f.name());
      if (s == null) {
        scope.declare(new Symbol(f.name(), f.isKernel() ? SymbolKind.KERNEL : SymbolKind.FUNCTION,
            returnType(f), f, owner));
      }
    }
  }

  private void record(Decl.Record r) {
    Map<String, Symbol> own = new HashMap<>();
    if (!r.name().isEmpty()) {
      declare(r.name(), SymbolKind.TYPE, Type.scalar(r.name()), r);
      fields.put(r.name(), own);
    }
    String savedOwner = owner;
    owner = r.name();
    push();
    for (Decl m : r.members()) { // fields first: methods may use fields declared after them
      if (m instanceof Decl.Var v) {
        Symbol s = new Symbol(v.name(), SymbolKind.FIELD, varType(v, false), v, owner);
        own.put(v.name(), s);
        scope.declare(s);
        symbols.add(s);
      }
    }
    for (Decl m : r.members()) {
      if (!(m instanceof Decl.Var)) {
        decl(m);
      } else if (((Decl.Var) m).init() != null) {
        expr(((Decl.Var) m).init());
      }
    }
    pop();
    owner = savedOwner;
    anonymousFields = r.name().isEmpty() ? own : null;
  }

  private Type returnType(Decl.Function f) {
    return f.returnType() == null ? Type.scalar("void") : typeOf(f.returnType(), AddressSpace.LOCAL);
  }

  private void function(Decl.Function f) {
    Symbol fs = declare(f.name(), f.isKernel() ? SymbolKind.KERNEL : SymbolKind.FUNCTION, returnType(f), f);
    if (f.body() != null) {
      functions.define(fs, f);
      Symbol earlier = scope.lookupFileScope(f.name());
      if (earlier != null && earlier != fs) {
        functions.defineUnlessDefined(earlier, f); // calls resolved to a prototype still reach the body
      }
    }
    String savedOwner = owner;
    boolean savedKernel = inKernel;
    owner = f.name();
    inKernel = f.isKernel();
    push();
    List<Decl.Param> ps = f.params();
    List<Symbol> params = new ArrayList<>(ps.size());
    for (int i = 0; i < ps.size(); i++) { // indexed: no iterator per function
      Decl.Param p = ps.get(i);
      AddressSpace space = p.type().pointers() > 0 || p.type().ref() > 0 || !p.type().arrayDims().isEmpty()
          ? (inKernel ? AddressSpace.GLOBAL : AddressSpace.GENERIC) : AddressSpace.LOCAL;
      params.add(declare(p.name(), SymbolKind.PARAMETER, typeOf(p.type(), space), p));
      if (p.defaultValue() != null) {
        expr(p.defaultValue());
      }
    }
    functions.parameters(f, params);
    exprs(f.specs().launchBounds());
    if (f.body() != null) {
      block(f.body());
    }
    pop();
    owner = savedOwner;
    inKernel = savedKernel;
  }

  private Type varType(Decl.Var v, boolean fileScope) {
    Specifiers s = v.specs();
    AddressSpace space;
    if (s.has(Specifiers.SHARED)) {
      space = AddressSpace.SHARED;
    } else if (s.has(Specifiers.CONSTANT)) {
      space = AddressSpace.CONSTANT;
    } else if (s.has(Specifiers.DEVICE) || s.has(Specifiers.MANAGED)) {
      space = AddressSpace.GLOBAL;
    } else if (v.type().pointers() > 0 || fileScope) {
      space = AddressSpace.GENERIC;
    } else {
      space = AddressSpace.LOCAL;
    }
    return typeOf(v.type(), space);
  }

  private void variable(Decl.Var v, boolean fileScope) {
    exprs(v.type().arrayDims());
    Symbol s = declare(v.name(), SymbolKind.VARIABLE, varType(v, fileScope), v);
    if (v.init() != null) {
      expr(v.init());
      if (s.type().pointers() > 0 && !(v.init() instanceof Expr.Construct)) {
        pointerSources.initialised(s, v.init());
      }
    }
  }

  /** A written type as a semantic type: macros seen through, template dependence noted. */
  Type typeOf(TypeName t, AddressSpace space) {
    return types.of(t, space);
  }

  /** {@code name.lastIndexOf("::")}, with a quick answer for the usual name without a colon. */
  private static int lastScope(String name) {
    return name.indexOf(':') < 0 ? -1 : name.lastIndexOf("::");
  }

  // ---- statements

  private void block(Stmt.Block b) {
    push();
    List<Stmt> items = b.items();
    for (int i = 0; i < items.size(); i++) {
      stmt(items.get(i));
    }
    pop();
  }

  private void stmt(Stmt s) {
    if (s instanceof Stmt.ExprStmt e) {
      expr(e.expr());
    } else if (s instanceof Stmt.DeclStmt d) {
      List<Decl> decls = d.decls();
      for (int i = 0; i < decls.size(); i++) {
        localDecl(decls.get(i));
      }
    } else if (s instanceof Stmt.Block b) {
      block(b);
    } else if (s instanceof Stmt.Return r) {
      if (r.value() != null) {
        expr(r.value());
      }
    } else {
      push(); // if/for/while/switch: a declaration in the head is visible in the body only
      heads(s);
      pop();
    }
  }

  private void localDecl(Decl d) {
    if (d instanceof Decl.Var v) {
      variable(v, false);
    } else {
      decl(d);
    }
  }

  /** The parts of a compound statement in source order; the common ones without building a child list. */
  private void heads(Stmt s) {
    if (s instanceof Stmt.If i) {
      nodes(i.init(), i.cond(), i.then(), i.otherwise());
    } else if (s instanceof Stmt.For f) {
      nodes(f.init(), f.cond(), f.step(), f.body());
    } else if (s instanceof Stmt.While w) {
      nodes(w.cond(), w.body(), null, null);
    } else {
      List<Node> children = s.children();
      for (int i = 0; i < children.size(); i++) {
        node(children.get(i));
      }
    }
  }

  private void nodes(Node a, Node b, Node c, Node d) {
    if (a != null) {
      node(a);
    }
    if (b != null) {
      node(b);
    }
    if (c != null) {
      node(c);
    }
    if (d != null) {
      node(d);
    }
  }

  private void node(Node n) {
    if (n instanceof Stmt s) {
      stmt(s);
    } else if (n instanceof Expr e) {
      expr(e);
    } else if (n instanceof Decl.Var v) {
      variable(v, false);
    } else if (n instanceof Decl d) {
      decl(d);
    }
  }

  // ---- expressions

  private void expr(Expr e) {
    if (e instanceof Expr.Name n) {
      resolve(n);
    } else if (e instanceof Expr.Binary b) {
      expr(b.left());
      expr(b.right());
    } else if (e instanceof Expr.Literal) {
      return;
    } else if (e instanceof Expr.Call c) {
      calls.add(c);
      expr(c.callee());
      exprs(c.args());
    } else if (e instanceof Expr.Index i) {
      expr(i.base());
      expr(i.index());
    } else if (e instanceof Expr.Member m) {
      expr(m.base());
    } else if (e instanceof Expr.Assign a) {
      assign(a);
    } else if (e instanceof Expr.Unary u) {
      expr(u.operand());
    } else if (e instanceof Expr.Paren p) {
      expr(p.inner());
    } else if (e instanceof Expr.Cast c) {
      expr(c.operand()); // the written type holds no names to resolve here, as in children()
    } else if (e instanceof Expr.Conditional c) {
      expr(c.cond());
      expr(c.then());
      expr(c.otherwise());
    } else if (e instanceof Expr.Construct c) {
      List<Expr> args = c.args();
      for (int i = 0; i < args.size(); i++) {
        if (args.get(i) != null) { // children() leaves absent parts out
          expr(args.get(i));
        }
      }
    } else if (e instanceof Expr.Lambda l) {
      push();
      for (Decl.Param p : l.params()) {
        declare(p.name(), SymbolKind.PARAMETER, typeOf(p.type(), AddressSpace.GENERIC), p);
      }
      block(l.body());
      pop();
    } else {
      for (Node child : e.children()) {
        if (child instanceof Expr x) {
          expr(x);
        } else if (child instanceof Stmt s) {
          stmt(s);
        }
      }
    }
  }

  /** Each expression of a list in order; indexed, so no iterator or method reference is made. */
  private void exprs(List<Expr> list) {
    for (int i = 0; i < list.size(); i++) {
      expr(list.get(i));
    }
  }

  /** {@code p = q} for a pointer variable p: q is where p points, unless it was given earlier. */
  private void assign(Expr.Assign a) {
    if (!(a.target() instanceof Expr.Name n)) {
      expr(a.target());
      expr(a.value());
      return;
    }
    Symbol s = resolve(n); // kept, not looked up again among the file's name uses
    expr(a.value());
    if (s != null && a.op().equals("=") && s.type().pointers() > 0 && s.kind() == SymbolKind.VARIABLE) {
      pointerSources.assigned(s, a.value());
    }
  }

  private Symbol resolve(Expr.Name n) {
    int id = plainId(n);
    Symbol s = id >= 0 ? scope.resolveId(id) : scope.resolve(n.name());
    if (s != null) {
      uses.put(n, s);
    }
    return s;
  }

  /**
   * The spelling number of a plain name read from one identifier token, or -1: the number is
   * taken only when its text is the very string the name holds, so a name made any other way is
   * resolved by its text.
   */
  private int plainId(Expr.Name n) {
    int i = n.first();
    if (lexed == null || i != n.last() || i < 0 || i >= lexed.size() || !lexed.hasKind(i, TokenKind.IDENTIFIER)) {
      return -1;
    }
    int id = lexed.nameId(i);
    return spellings.text(id) == n.name() ? id : -1;
  }
}
