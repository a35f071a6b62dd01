package dev.kport.translator.parse;

import dev.kport.translator.lex.Token;
import dev.kport.translator.parse.tree.Decl;
import dev.kport.translator.parse.tree.Expr;
import dev.kport.translator.parse.tree.NodeList;
import dev.kport.translator.parse.tree.Specifiers;
import dev.kport.translator.parse.tree.Stmt;
import dev.kport.translator.parse.tree.TypeName;
import dev.kport.translator.preprocess.PreprocessorView;
import java.util.ArrayList;
import java.util.List;

/** Declarations: namespaces, linkage, templates, using/typedef, classes, functions, variables. */
abstract class DeclarationParser extends TemplateParser {

  static final int NAMESPACE = 0, CLASS = 1, BLOCK = 2;

  DeclarationParser(String file, List<Token> tokens, PreprocessorView view) {
    super(file, tokens, view);
  }

  /** Declarations until {@code }} or the end; each failure becomes one opaque node. */
  final List<Decl> declarationSeq(int scope, String className) {
    ListScratch.Level out = lists.start();
    while (c() != Tok.EOF && c() != Tok.RBRACE) {
      int m = mark();
      int start = idx();
      int savedDepth = depth;
      try {
        if (scope == CLASS && (c() == Tok.K_PUBLIC || c() == Tok.K_PRIVATE || c() == Tok.K_PROTECTED)
            && c(1) == Tok.COLON) {
          String access = text();
          advance();
          advance();
          out.add(new Decl.Access(access, start, lastIdx()));
          continue;
        }
        out.addAll(declaration(scope, className));
      } catch (ParseError e) {
        depth = savedDepth;
        inTemplateArgs = false;
        reset(m);
        skipToDeclarationEnd();
        if (p == (m & ((1 << 30) - 1))) {
          advance();
        }
        report("KP1001", "could not parse this declaration: " + e.getMessage(), e.at);
        out.add(new Decl.Opaque(e.getMessage(), start, Math.max(start, lastIdx())));
      }
    }
    return lists.finish(out);
  }

  /** One declaration, which may declare several names ({@code int a, b;}). */
  @Override
  final List<Decl> declaration(int scope, String className) {
    int start = idx();
    enter();
    List<Decl> result;
    switch (c()) {
      case Tok.SEMI:
        advance();
        result = List.of(new Decl.Empty(start, start));
        break;
      case Tok.K_TEMPLATE:
        result = List.of(templateDeclaration(start, scope, className));
        break;
      case Tok.K_NAMESPACE:
        result = List.of(namespaceDefinition(start));
        break;
      case Tok.K_USING:
        result = List.of(usingDeclaration(start));
        break;
      case Tok.K_STATIC_ASSERT: {
        advance();
        List<Expr> args = callArguments();
        expect(Tok.SEMI, "';'");
        result = List.of(new Decl.StaticAssert(args, start, lastIdx()));
        break;
      }
      case Tok.K_EXTERN:
        if (c(1) == Tok.STRING) {
          result = List.of(linkageSpecification(start, scope, className));
        } else if (c(1) == Tok.K_TEMPLATE) {
          advance();
          advance();
          Decl inner = first(declaration(scope, className));
          result = List.of(new Decl.Instantiation(inner, true, start, lastIdx()));
        } else {
          result = simpleDeclaration(start, scope, className);
        }
        break;
      case Tok.K_INLINE:
        if (c(1) == Tok.K_NAMESPACE) {
          advance();
          result = List.of(namespaceDefinition(start));
          break;
        }
        result = simpleDeclaration(start, scope, className);
        break;
      case Tok.IDENT:
        if (scope != BLOCK && c(1) == Tok.LPAREN && isMacroUse(className)) {
          result = List.of(macroUse(start));
          break;
        }
        result = simpleDeclaration(start, scope, className);
        break;
      default:
        result = simpleDeclaration(start, scope, className);
    }
    leave();
    return result;
  }

  private Decl namespaceDefinition(int start) {
    expect(Tok.K_NAMESPACE, "'namespace'");
    StringBuilder name = new StringBuilder();
    while (c() == Tok.IDENT || c() == Tok.SCOPE || c() == Tok.K_INLINE) {
      if (c() != Tok.K_INLINE) {
        name.append(text());
      }
      advance();
    }
    skipAttributes();
    if (accept(Tok.ASSIGN)) { // namespace alias
      Expr.Name target = idExpression();
      expect(Tok.SEMI, "';'");
      return new Decl.Using("namespace-alias", name + " = " + target.name(), null, start, lastIdx());
    }
    expect(Tok.LBRACE, "'{'");
    List<Decl> body = declarationSeq(NAMESPACE, "");
    expect(Tok.RBRACE, "'}'");
    return new Decl.Namespace(name.toString(), body, start, lastIdx());
  }

  private Decl linkageSpecification(int start, int scope, String className) {
    advance();
    String lang = text();
    advance();
    if (accept(Tok.LBRACE)) {
      List<Decl> body = declarationSeq(NAMESPACE, "");
      expect(Tok.RBRACE, "'}'");
      return new Decl.Linkage(lang, body, start, lastIdx());
    }
    List<Decl> body = declaration(scope, className);
    return new Decl.Linkage(lang, body, start, lastIdx());
  }

  private Decl usingDeclaration(int start) {
    advance();
    if (accept(Tok.K_NAMESPACE)) {
      Expr.Name ns = idExpression();
      expect(Tok.SEMI, "';'");
      return new Decl.Using("namespace", ns.name(), null, start, lastIdx());
    }
    if (c() == Tok.IDENT && (c(1) == Tok.ASSIGN || c(1) == Tok.K_ATTRIBUTE)) {
      String name = text();
      advance();
      skipAttributes();
      expect(Tok.ASSIGN, "'='");
      TypeName type = typeId();
      expect(Tok.SEMI, "';'");
      names.declareType(name);
      return new Decl.Using("alias", name, type, start, lastIdx());
    }
    accept(Tok.K_TYPENAME);
    Expr.Name target = idExpression();
    expect(Tok.SEMI, "';'");
    return new Decl.Using("declaration", target.name(), null, start, lastIdx());
  }

  /**
   * At namespace or class scope, {@code NAME(...)} not followed by what a constructor or
   * function would have is a macro expanding to declarations.
   */
  private boolean isMacroUse(String className) {
    String name = text();
    if (name.equals(className) || names.isType(name) || names.isTemplate(name) || names.specifierFlags(name) >= 0) {
      return false;
    }
    int q = p + 1;
    int nest = 0;
    while (q < n) {
      int k = code[q];
      if (k == Tok.LPAREN) {
        nest++;
      } else if (k == Tok.RPAREN && --nest == 0) {
        break;
      }
      q++;
    }
    int after = q + 1 < n ? code[q + 1] : Tok.EOF;
    return after != Tok.LBRACE && after != Tok.COLON && after != Tok.K_CONST && after != Tok.ARROW
        && after != Tok.K_NOEXCEPT && after != Tok.K_THROW && after != Tok.ASSIGN && after != Tok.K_ATTRIBUTE
        && after != Tok.K_OVERRIDE && after != Tok.K_FINAL && after != Tok.K_TRY;
  }

  private Decl macroUse(int start) {
    String name = text();
    advance();
    List<Expr> args = NodeList.of();
    int m = mark();
    speculating++;
    try {
      args = callArguments();
    } catch (ParseError e) {
      reset(m);
      skipBalanced();
    } finally {
      speculating--;
    }
    accept(Tok.SEMI);
    return new Decl.MacroUse(name, args, start, lastIdx());
  }

  /** Specifiers then declarators: variables, functions (with bodies), typedefs, class definitions. */
  final List<Decl> simpleDeclaration(int start, int scope, String className) {
    DeclSpec ds = declSpecifiers(scope == CLASS);
    try {
      ListScratch.Level out = lists.start();
      declarationsAfter(ds, out, start, scope, className);
      return lists.finish(out);
    } finally {
      release(ds);
    }
  }

  /** What follows the specifiers {@code ds} of a simple declaration, up to its end, into list level {@code out}. */
  private void declarationsAfter(DeclSpec ds, ListScratch.Level out, int start, int scope, String className) {
    if (ds.definition != null) {
      out.add(ds.definition);
    }
    if (accept(Tok.SEMI)) {
      if (out.isEmpty()) {
        out.add(new Decl.Empty(start, lastIdx()));
      }
      return;
    }
    if (isConstructor(ds, scope, className)) {
      out.add(constructor(ds, start, scope));
      return;
    }
    if (ds.hasType && !ds.builtinWords && c() == Tok.SCOPE && c(1) == Tok.TILDE && c(2) == Tok.IDENT) {
      int from = ds.typeFirst; // out-of-line destructor: Foo::~Foo()
      advance();
      advance();
      ds.base = ds.base + "::~" + text();
      advance();
      out.add(constructor(ds, start, scope, from));
      return;
    }
    while (true) {
      Declarator d = declarator(!ds.hasType, scope == BLOCK);
      if (d.isFunction && (ds.flags & Specifiers.TYPEDEF) == 0) {
        Decl.Function f = functionRest(ds, ds.hasType ? ds.type(d) : null, d, start, scope);
        release(d);
        out.add(f);
        if (f.body() != null || lastWasDefinitionEnd) {
          return;
        }
      } else if ((ds.flags & Specifiers.TYPEDEF) != 0) {
        names.declareType(d.name);
        out.add(new Decl.Typedef(d.name, ds.type(d), start, lastIdx()));
        release(d);
      } else {
        out.add(variableRest(ds, d, start, scope));
        release(d);
      }
      if (!accept(Tok.COMMA)) {
        break;
      }
    }
    expect(Tok.SEMI, "';'");
    return;
  }

  private boolean lastWasDefinitionEnd;

  private boolean isConstructor(DeclSpec ds, int scope, String className) {
    if (!ds.hasType || ds.builtinWords || c() != Tok.LPAREN || ds.definition != null) {
      return false;
    }
    String base = ds.base;
    if (scope == CLASS && (base.equals(className) || stripArgs(base).equals(className))) {
      return true;
    }
    int i = base.lastIndexOf("::");
    if (i > 0) {
      String last = base.substring(i + 2);
      String owner = stripArgs(base.substring(0, i));
      int j = owner.lastIndexOf("::");
      return last.equals(j < 0 ? owner : owner.substring(j + 2));
    }
    return false;
  }

  private static String stripArgs(String s) {
    int lt = s.indexOf('<');
    return lt < 0 ? s : s.substring(0, lt);
  }

  private Decl constructor(DeclSpec ds, int start, int scope) {
    return constructor(ds, start, scope, -1);
  }

  private Decl constructor(DeclSpec ds, int start, int scope, int nameIdx) {
    Declarator d = obtainDeclarator();
    d.name = ds.base;
    d.nameIdx = nameIdx >= 0 ? nameIdx : ds.typeFirst;
    d.params = parameterList();
    d.variadic = lastParamsVariadic;
    d.isFunction = true;
    functionQualifiers();
    Decl.Function f = functionRest(ds, null, d, start, scope);
    release(d);
    if (f.body() == null && !lastWasDefinitionEnd) {
      expect(Tok.SEMI, "';'");
    }
    return f;
  }

  /** After a function declarator: constructor initialisers, body, {@code = default}, or nothing. */
  private Decl.Function functionRest(DeclSpec ds, TypeName ret, Declarator d, int start, int scope) {
    lastWasDefinitionEnd = false;
    Stmt.Block body = null;
    if (c() == Tok.COLON) {
      constructorInitializers();
    }
    if (c() == Tok.LBRACE) {
      body = block();
    } else if (c() == Tok.K_TRY) {
      advance();
      constructorInitializers();
      body = block();
      while (c() == Tok.K_CATCH) {
        advance();
        skipBalanced();
        block();
      }
    } else if (c() == Tok.ASSIGN) { // = 0, = default, = delete
      advance();
      advance();
      expect(Tok.SEMI, "';'");
      lastWasDefinitionEnd = true;
    }
    return new Decl.Function(ds.specifiers(), ret, d.name, d.nameIdx, d.nameTemplateArgs, d.params, d.variadic, body,
        start, lastIdx());
  }

  private void constructorInitializers() {
    if (!accept(Tok.COLON)) {
      return;
    }
    do {
      idExpression();
      if (c() == Tok.LPAREN || c() == Tok.LBRACE) {
        skipBalanced();
      } else {
        throw error("expected a member initializer");
      }
      accept(Tok.ELLIPSIS);
    } while (accept(Tok.COMMA));
  }

  private Decl.Var variableRest(DeclSpec ds, Declarator d, int start, int scope) {
    if (d.name.isEmpty() && scope != CLASS) {
      throw error("expected a declarator");
    }
    TypeName type = ds.type(d);
    Expr init = null;
    if (accept(Tok.ASSIGN)) {
      init = initializerClause();
    } else if (c() == Tok.LBRACE) {
      int from = idx();
      Expr.InitList list = initList();
      init = new Expr.Construct(null, list.items(), true, from, lastIdx());
    } else if (c() == Tok.LPAREN) {
      int from = idx();
      List<Expr> args = callArguments();
      init = new Expr.Construct(null, args, false, from, lastIdx());
    } else if (scope == CLASS && accept(Tok.COLON)) { // bit-field width
      init = conditional();
    }
    return new Decl.Var(ds.specifiers(), type, d.name, d.name.isEmpty() ? -1 : d.nameIdx, init, start, lastIdx());
  }

  @Override
  final List<Decl> memberSpecification(String className) {
    return declarationSeq(CLASS, className);
  }

  @Override
  final Decl.Enum enumSpecifier(int start) {
    expect(Tok.K_ENUM, "'enum'");
    boolean scoped = accept(Tok.K_CLASS) || accept(Tok.K_STRUCT);
    skipAttributes();
    String name = c() == Tok.IDENT ? identifier("an enum name") : "";
    if (!name.isEmpty()) {
      names.declareType(name);
    }
    TypeName underlying = null;
    if (accept(Tok.COLON)) {
      underlying = typeId();
    }
    List<Decl.Enumerator> items = new ArrayList<>();
    if (accept(Tok.LBRACE)) {
      while (c() == Tok.IDENT) {
        int from = idx();
        String item = identifier("an enumerator");
        skipAttributes();
        Expr value = accept(Tok.ASSIGN) ? conditional() : null;
        items.add(new Decl.Enumerator(item, value, from, lastIdx()));
        if (!accept(Tok.COMMA)) {
          break;
        }
      }
      expect(Tok.RBRACE, "'}'");
    }
    return new Decl.Enum(name, scoped, underlying, items, start, lastIdx());
  }

  @Override
  final List<Decl> blockDeclaration() {
    return declaration(BLOCK, "");
  }

  @Override
  final Decl.Var conditionDeclaration() {
    int start = idx();
    DeclSpec ds = declSpecifiers(false);
    Declarator d = declarator(false, true);
    Decl.Var var = variableRest(ds, d, start, BLOCK);
    release(d);
    release(ds);
    return var;
  }
}
