package dev.kport.translator.parse;

import dev.kport.translator.lex.Token;
import dev.kport.translator.parse.tree.Decl;
import dev.kport.translator.parse.tree.Expr;
import dev.kport.translator.parse.tree.Node;
import dev.kport.translator.parse.tree.Stmt;
import dev.kport.translator.preprocess.PreprocessorView;
import java.util.ArrayList;
import java.util.List;

/** Statements. A statement that does not parse becomes {@link Stmt.Opaque} and the block goes on. */
abstract class StatementParser extends DeclaratorParser {

  StatementParser(String file, List<Token> tokens, PreprocessorView view) {
    super(file, tokens, view);
  }

  /** A declaration in a block (variables, local types, using, typedef), through its {@code ;}. */
  abstract List<Decl> blockDeclaration();

  /** A single-variable declaration as used in conditions and range-for, without the terminator. */
  abstract Decl.Var conditionDeclaration();

  @Override
  final Stmt.Block block() {
    int start = idx();
    expect(Tok.LBRACE, "'{'");
    ListScratch.Level items = lists.start();
    while (c() != Tok.RBRACE && c() != Tok.EOF) {
      items.add(statement());
    }
    expect(Tok.RBRACE, "'}'");
    return new Stmt.Block(lists.finish(items), start, lastIdx());
  }

  /** One statement; on a parse error, the tokens up to the statement's end become an opaque node. */
  final Stmt statement() {
    int m = mark();
    int start = idx();
    int savedDepth = depth;
    boolean savedAngles = inTemplateArgs;
    try {
      enter();
      Stmt s = statementProper();
      leave();
      return s;
    } catch (ParseError e) {
      depth = savedDepth;
      inTemplateArgs = savedAngles;
      reset(m);
      skipStatement();
      if (p == (m & ((1 << 30) - 1))) {
        advance();
      }
      report("KP1002", "could not parse this statement: " + e.getMessage(), e.at);
      return new Stmt.Opaque(e.getMessage(), start, Math.max(start, lastIdx()));
    }
  }

  /** Recovery: to just after the next {@code ;} or balanced block at this level, not past a {@code }}. */
  private void skipStatement() {
    while (p < n) {
      int k = code[p];
      if (k == Tok.SEMI) {
        advance();
        return;
      }
      if (k == Tok.RBRACE) {
        return;
      }
      boolean brace = k == Tok.LBRACE;
      skipBalanced();
      if (brace) {
        return;
      }
    }
  }

  private Stmt statementProper() {
    int start = idx();
    switch (c()) {
      case Tok.LBRACE: return block();
      case Tok.SEMI:
        advance();
        return new Stmt.Empty(start, start);
      case Tok.K_IF: return ifStatement(start);
      case Tok.K_FOR: return forStatement(start);
      case Tok.K_WHILE: {
        advance();
        expect(Tok.LPAREN, "'('");
        Node cond = condition();
        expect(Tok.RPAREN, "')'");
        Stmt body = statement();
        return new Stmt.While(cond, body, start, lastIdx());
      }
      case Tok.K_DO: {
        advance();
        Stmt body = statement();
        expect(Tok.K_WHILE, "'while'");
        expect(Tok.LPAREN, "'('");
        Expr cond = expression();
        expect(Tok.RPAREN, "')'");
        expect(Tok.SEMI, "';'");
        return new Stmt.DoWhile(body, cond, start, lastIdx());
      }
      case Tok.K_SWITCH: {
        advance();
        expect(Tok.LPAREN, "'('");
        Node cond = condition();
        expect(Tok.RPAREN, "')'");
        Stmt body = statement();
        return new Stmt.Switch(null, cond, body, start, lastIdx());
      }
      case Tok.K_CASE: {
        advance();
        Expr value = conditional();
        if (accept(Tok.ELLIPSIS)) { // GNU case range
          conditional();
        }
        expect(Tok.COLON, "':'");
        return new Stmt.Case(value, start, lastIdx());
      }
      case Tok.K_DEFAULT:
        advance();
        expect(Tok.COLON, "':'");
        return new Stmt.Case(null, start, lastIdx());
      case Tok.K_BREAK: case Tok.K_CONTINUE: {
        String word = text();
        advance();
        expect(Tok.SEMI, "';'");
        return new Stmt.Jump(word, "", start, lastIdx());
      }
      case Tok.K_GOTO: {
        advance();
        String label = identifier("a label");
        expect(Tok.SEMI, "';'");
        return new Stmt.Jump("goto", label, start, lastIdx());
      }
      case Tok.K_RETURN: case Tok.K_CO_RETURN: {
        advance();
        Expr value = c() == Tok.SEMI ? null : initializerClause();
        expect(Tok.SEMI, "';'");
        return new Stmt.Return(value, start, lastIdx());
      }
      case Tok.K_TRY: return tryStatement(start);
      case Tok.K_ASM: return asmStatement(start);
      case Tok.IDENT:
        if (c(1) == Tok.COLON) {
          String label = text();
          advance();
          advance();
          Stmt s = c() == Tok.RBRACE ? new Stmt.Empty(lastIdx(), lastIdx()) : statement();
          return new Stmt.Labeled(label, s, start, lastIdx());
        }
        break;
      default:
        break;
    }
    if (looksLikeDeclaration()) {
      List<Decl> decls = blockDeclaration();
      return new Stmt.DeclStmt(decls, start, lastIdx());
    }
    Expr e = expression();
    if (c() != Tok.SEMI && isMacroCall(e)) {
      // CUDA_CHECK(x) with the ';' inside the macro, or CUDA_KERNEL_LOOP(i, n) { ... }
      return new Stmt.ExprStmt(e, start, lastIdx());
    }
    expect(Tok.SEMI, "';'");
    return new Stmt.ExprStmt(e, start, lastIdx());
  }

  private boolean isMacroCall(Expr e) {
    return e instanceof Expr.Call call && call.callee() instanceof Expr.Name name
        && view.macro(name.name()).map(m -> m.functionLike()).orElse(false);
  }

  private Stmt ifStatement(int start) {
    advance();
    boolean isConstexpr = accept(Tok.K_CONSTEXPR);
    accept(Tok.NOT); // if !consteval
    expect(Tok.LPAREN, "'('");
    Stmt init = null;
    Node cond = condition();
    if (c() == Tok.SEMI) { // C++17 if (init; cond)
      advance();
      init = cond instanceof Expr e ? new Stmt.ExprStmt(e, e.first(), e.last())
          : new Stmt.DeclStmt(List.of((Decl) cond), cond.first(), cond.last());
      cond = condition();
    }
    expect(Tok.RPAREN, "')'");
    Stmt then = statement();
    Stmt otherwise = null;
    if (accept(Tok.K_ELSE)) {
      otherwise = statement();
    }
    return new Stmt.If(init, cond, then, otherwise, isConstexpr, start, lastIdx());
  }

  /** A condition: an expression, or a declaration with an initializer ({@code if (T x = f())}). */
  private Node condition() {
    if (looksLikeDeclaration()) {
      return conditionDeclaration();
    }
    return expression();
  }

  private Stmt forStatement(int start) {
    advance();
    expect(Tok.LPAREN, "'('");
    Stmt init = null;
    if (c() == Tok.SEMI) {
      advance();
    } else if (looksLikeDeclaration()) {
      int m = mark();
      int initStart = idx();
      Decl.Var var = rangeForVariable();
      if (var != null) {
        Expr range = initializerClause();
        expect(Tok.RPAREN, "')'");
        Stmt body = statement();
        return new Stmt.RangeFor(var, range, body, start, lastIdx());
      }
      reset(m);
      List<Decl> decls = blockDeclaration();
      init = new Stmt.DeclStmt(decls, initStart, lastIdx());
    } else {
      int initStart = idx();
      Expr e = expression();
      expect(Tok.SEMI, "';'");
      init = new Stmt.ExprStmt(e, initStart, lastIdx());
    }
    Node cond = c() == Tok.SEMI ? null : condition();
    expect(Tok.SEMI, "';'");
    Expr step = c() == Tok.RPAREN ? null : expression();
    expect(Tok.RPAREN, "')'");
    Stmt body = statement();
    return new Stmt.For(init, cond, step, body, start, lastIdx());
  }

  /** {@code for (auto &x : range)}: the variable and the colon, or null (position unchanged) if not. */
  private Decl.Var rangeForVariable() {
    if (!colonBeforeSemicolon()) {
      return null; // for (int i = 0; ...): read once, as the declaration it is, not first as a range variable
    }
    int m = mark();
    int from = idx();
    speculating++;
    try {
      DeclSpec ds = declSpecifiers(false);
      Declarator d = declarator(false, true);
      if (c() == Tok.COLON) {
        advance();
        speculating--;
        Decl.Var var = new Decl.Var(ds.specifiers(), ds.type(d), d.name, d.nameIdx, null, from, d.last);
        release(d);
        release(ds);
        return var;
      }
    } catch (ParseError e) {
      // an ordinary for
    }
    speculating--;
    reset(m);
    return null;
  }

  /**
   * Whether a {@code :} comes before any {@code ;} outside brackets from the cursor on. When a
   * {@code ;} comes first the tokens cannot be a range-for variable, whose colon must follow its
   * declarator directly: specifiers and declarators read a {@code ;} only inside brackets. Most
   * for statements are answered here instead of by a speculative read of their declaration.
   */
  private boolean colonBeforeSemicolon() {
    int q = firstAtThisLevel(Tok.SEMI, Tok.COLON);
    // none, or the for's own ')' first: let the speculative read decide, as before
    return q >= n || code[q] != Tok.SEMI;
  }

  private Stmt tryStatement(int start) {
    advance();
    Stmt.Block body = block();
    List<Decl.Param> exceptions = new ArrayList<>();
    List<Stmt.Block> handlers = new ArrayList<>();
    while (c() == Tok.K_CATCH) {
      advance();
      List<Decl.Param> params = parameterList();
      exceptions.addAll(params);
      handlers.add(block());
    }
    return new Stmt.Try(body, exceptions, handlers, start, lastIdx());
  }

  /** {@code asm volatile ("..." : outputs : inputs : clobbers);} kept whole. */
  private Stmt asmStatement(int start) {
    advance();
    while (c() == Tok.K_VOLATILE || c() == Tok.K_INLINE || c() == Tok.K_GOTO
        || (c() == Tok.IDENT && text().startsWith("__volatile"))) {
      advance();
    }
    if (c() != Tok.LPAREN) {
      throw error("expected '(' after asm");
    }
    skipBalanced();
    accept(Tok.SEMI);
    return new Stmt.Asm(start, lastIdx());
  }

  /**
   * Whether a statement starting here is a declaration. Keywords decide most cases; for a name
   * we look ahead: a type name followed by a declarator name ({@code T x}, {@code T *p =},
   * {@code std::vector<int> v}) declares, anything else is an expression.
   */
  final boolean looksLikeDeclaration() {
    int k = c();
    if (k == Tok.IDENT) { // most statements start with a name: none of the keyword tests below apply
      return nameStartsDeclaration();
    }
    if (Tok.isBuiltinTypeWord(k)) { // float(x) and float{x} are expressions, int (*f)(int) is not
      return (c(1) != Tok.LPAREN || c(2) == Tok.STAR || c(2) == Tok.AMP) && c(1) != Tok.LBRACE;
    }
    if (k == Tok.K_TYPENAME || k == Tok.K_DECLTYPE) {
      return declaresAfterType();
    }
    if (Tok.isDeclSpecifierWord(k) || k == Tok.K_STATIC_ASSERT || k == Tok.K_USING || k == Tok.K_TEMPLATE
        || k == Tok.K_NAMESPACE) {
      return true;
    }
    if (k == Tok.K_CONST || k == Tok.K_VOLATILE || (k == Tok.LBRACKET && c(1) == Tok.LBRACKET)) {
      return true; // [[attributes]] only precede declarations here
    }
    if (k != Tok.SCOPE) {
      return false;
    }
    return declaresAfterType();
  }

  /** {@link #looksLikeDeclaration} at a name: decided by the token after it where it can be. */
  private boolean nameStartsDeclaration() {
    int k1 = c(1);
    if (k1 == Tok.IDENT) {
      return true;
    }
    if (k1 == Tok.ASSIGN || k1 == Tok.LPAREN || k1 == Tok.DOT || k1 == Tok.ARROW
        || k1 == Tok.LBRACKET || k1 == Tok.INC || k1 == Tok.DEC || k1 == Tok.SEMI
        || (k1 >= Tok.PLUS_ASSIGN && k1 <= Tok.XOR_ASSIGN)) {
      return false;
    }
    if (Tok.isDeclSpecifierWord(k1) && k1 != Tok.K_CONST && k1 != Tok.K_VOLATILE) {
      return true; // an unknown specifier macro: FOO static int x;
    }
    if (Tok.endsNameOnly(k1) || (k1 == Tok.LT && !angleMayClose(p + 1))) {
      return false; // i == 0, i < n; the speculation below would read the name as a type and stop there
    }
    return declaresAfterType();
  }

  private boolean declaresAfterType() {
    int m = mark();
    speculating++;
    DeclSpec ds = null;
    try {
      ds = declSpecifiers(false);
      if (!ds.hasType) {
        return false;
      }
      int k = c();
      if (k == Tok.STAR || k == Tok.AMP || k == Tok.LAND) {
        while (c() == Tok.STAR || c() == Tok.AMP || c() == Tok.LAND || c() == Tok.K_CONST
            || c() == Tok.K_RESTRICT || c() == Tok.K_VOLATILE) {
          advance();
        }
        k = c();
        if (k == Tok.IDENT) {
          int k1 = c(1);
          return k1 == Tok.SEMI || k1 == Tok.ASSIGN || k1 == Tok.COMMA || k1 == Tok.LBRACKET
              || k1 == Tok.LPAREN || k1 == Tok.LBRACE || k1 == Tok.COLON || k1 == Tok.RPAREN;
        }
        return k == Tok.LPAREN && names.isType(ds.base);
      }
      if (k == Tok.IDENT) {
        return true;
      }
      return k == Tok.LPAREN && c(1) == Tok.STAR; // function pointer variable: T (*f)(...)
    } catch (ParseError e) {
      return false;
    } finally {
      speculating--;
      reset(m);
      if (ds != null) {
        release(ds); // the question is answered: nothing keeps the specifiers
      }
    }
  }
}
