package dev.kport.translator.parse;

import dev.kport.translator.lex.Token;
import dev.kport.translator.parse.tree.Decl;
import dev.kport.translator.parse.tree.Expr;
import dev.kport.translator.parse.tree.Node;
import dev.kport.translator.parse.tree.Stmt;
import dev.kport.translator.parse.tree.TypeName;
import dev.kport.translator.preprocess.PreprocessorView;
import java.util.ArrayList;
import java.util.List;

/**
 * Expressions with C++ precedence. Binary operators use precedence climbing over a table
 * rather than one method per level: same grammar, a tenth of the calls per operand.
 */
abstract class ExpressionParser extends ParserBase {

  private static final int[] PREC = new int[Tok.LIMIT];

  static {
    PREC[Tok.LOR] = 1;
    PREC[Tok.LAND] = 2;
    PREC[Tok.PIPE] = 3;
    PREC[Tok.CARET] = 4;
    PREC[Tok.AMP] = 5;
    PREC[Tok.EQ] = 6;
    PREC[Tok.NE] = 6;
    PREC[Tok.LT] = 7;
    PREC[Tok.GT] = 7;
    PREC[Tok.LE] = 7;
    PREC[Tok.GE] = 7;
    PREC[Tok.SPACESHIP] = 8;
    PREC[Tok.SHL] = 9;
    PREC[Tok.SHR] = 9;
    PREC[Tok.PLUS] = 10;
    PREC[Tok.MINUS] = 10;
    PREC[Tok.STAR] = 11;
    PREC[Tok.SLASH] = 11;
    PREC[Tok.PERCENT] = 11;
    PREC[Tok.DOTSTAR] = 12;
    PREC[Tok.ARROWSTAR] = 12;
  }

  /** Inside a template argument list a bare {@code >} closes the list instead of comparing. */
  boolean inTemplateArgs;

  ExpressionParser(String file, List<Token> tokens, PreprocessorView view) {
    super(file, tokens, view);
  }

  // the special unary forms, in the next class down
  abstract Expr sizeofExpression();

  abstract Expr newExpression(int start);

  abstract Expr deleteExpression(int start);

  /** A C-style cast starting at the current {@code (}, or null (position unchanged) if it is not one. */
  abstract Expr tryCStyleCast(int start);

  /** Parses a type-id when it is followed by {@code end}; restores the position and returns null if not. */
  abstract TypeName tryTypeIdFollowedBy(int end);

  // hooks into the type and statement grammar
  abstract TypeName typeId();

  abstract boolean startsTypeId();

  /** The type after {@code operator} in a conversion function: no parameters, they are the function's. */
  abstract TypeName conversionTypeId();

  abstract Stmt.Block block();

  abstract List<Decl.Param> parameterList();

  static boolean isAssignOp(int k) {
    return k == Tok.ASSIGN || (k >= Tok.PLUS_ASSIGN && k <= Tok.XOR_ASSIGN);
  }

  /** expression: assignment (',' assignment)* */
  final Expr expression() {
    int start = idx();
    Expr e = assignment();
    while (c() == Tok.COMMA) {
      advance();
      Expr r = assignment();
      e = new Expr.Binary(",", e, r, start, lastIdx());
    }
    return e;
  }

  /** assignment: conditional (assign-op initializer)? | throw */
  final Expr assignment() {
    int k0 = c();
    if ((k0 == Tok.IDENT || k0 == Tok.NUMBER) && endsOperand(c(1))) {
      return primary(); // a lone name or number, as most arguments and indices are: no operator to look for
    }
    int start = idx();
    if (k0 == Tok.K_THROW) {
      advance();
      Expr operand = startsExpression() ? assignment() : null;
      return new Expr.Throw(operand, start, lastIdx());
    }
    Expr left = conditional();
    int k = c();
    if (isAssignOp(k)) {
      String op = operatorText();
      advance();
      Expr value = initializerClause();
      return new Expr.Assign(op, left, value, start, lastIdx());
    }
    return left;
  }

  /** Whether a token ends an operand: no operator of an expression starts with it. */
  private static boolean endsOperand(int k) {
    return k < 64 && (OPERAND_ENDS >>> k & 1) != 0;
  }

  private static final long OPERAND_ENDS = 1L << Tok.RPAREN | 1L << Tok.COMMA | 1L << Tok.SEMI | 1L << Tok.RBRACKET
      | 1L << Tok.RBRACE | 1L << Tok.COLON;

  /**
   * Whether a token after a name or number leaves it a whole operand: it ends the operand or is an
   * operator that binds it from outside (binary but {@code <}, which may open template arguments;
   * assignment; {@code ?}). Not {@code ( [ . -> ++ -- <<< :: {}, which postfix or primary read on.
   */
  private static boolean followsOperand(int k) {
    return k < 64 && (OPERAND_FOLLOWERS >>> k & 1) != 0;
  }

  private static final long OPERAND_FOLLOWERS;

  static {
    long followers = OPERAND_ENDS | 1L << Tok.QUESTION | 1L << Tok.LAUNCH_CLOSE;
    for (int k = 0; k < 64; k++) {
      if ((PREC[k] > 0 && k != Tok.LT) || isAssignOp(k)) {
        followers |= 1L << k;
      }
    }
    OPERAND_FOLLOWERS = followers;
  }

  /** An assignment expression or a braced initializer list. */
  final Expr initializerClause() {
    return c() == Tok.LBRACE ? initList() : assignment();
  }

  final Expr.InitList initList() {
    int start = idx();
    expect(Tok.LBRACE, "'{'");
    List<Expr> items = new ArrayList<>();
    boolean saved = inTemplateArgs;
    inTemplateArgs = false;
    while (c() != Tok.RBRACE && c() != Tok.EOF) {
      if (c() == Tok.DOT && c(1) == Tok.IDENT) { // C designator: .x = v
        advance();
        advance();
        expect(Tok.ASSIGN, "'='");
      }
      items.add(initializerClause());
      accept(Tok.ELLIPSIS);
      if (!accept(Tok.COMMA)) {
        break;
      }
    }
    inTemplateArgs = saved;
    expect(Tok.RBRACE, "'}'");
    return new Expr.InitList(items, start, lastIdx());
  }

  /** conditional: binary ('?' expression ':' assignment)? */
  final Expr conditional() {
    int start = idx();
    Expr cond = binary(1);
    if (c() != Tok.QUESTION) {
      return cond;
    }
    advance();
    boolean saved = inTemplateArgs;
    inTemplateArgs = false;
    Expr then = expression();
    inTemplateArgs = saved;
    expect(Tok.COLON, "':'");
    Expr otherwise = assignment();
    return new Expr.Conditional(cond, then, otherwise, start, lastIdx());
  }

  /** Precedence climbing over the binary operators, all left-associative. */
  final Expr binary(int minPrec) {
    int start = idx();
    Expr left = unary();
    while (true) {
      int k = c();
      int prec = PREC[k];
      if (prec < minPrec || prec == 0) {
        return left;
      }
      if (inTemplateArgs && (k == Tok.GT || k == Tok.SHR)) {
        return left;
      }
      String op = gtSplit > 0 ? ">" : operatorText();
      advance();
      Expr right = binary(prec + 1);
      left = new Expr.Binary(op, left, right, start, lastIdx());
    }
  }

  /** unary: prefix-op cast-expression | sizeof | new | delete | cast | postfix */
  final Expr unary() {
    int k = c();
    if ((k == Tok.IDENT || k == Tok.NUMBER) && followsOperand(c(1))) {
      return primary(); // a lone name or number before an operator: the grammar between has nothing to do
    }
    enter();
    int start = idx();
    Expr result;
    switch (k) {
      case Tok.INC: case Tok.DEC: case Tok.STAR: case Tok.AMP: case Tok.PLUS: case Tok.MINUS:
      case Tok.NOT: case Tok.TILDE: case Tok.LAND: {
        String op = operatorText();
        advance();
        Expr operand = unary();
        result = new Expr.Unary(op, operand, false, start, lastIdx());
        break;
      }
      case Tok.K_SIZEOF: case Tok.K_ALIGNOF:
        result = sizeofExpression();
        break;
      case Tok.K_NEW:
        result = newExpression(start);
        break;
      case Tok.K_DELETE:
        result = deleteExpression(start);
        break;
      case Tok.SCOPE:
        if (c(1) == Tok.K_NEW) {
          advance();
          result = newExpression(start);
        } else if (c(1) == Tok.K_DELETE) {
          advance();
          result = deleteExpression(start);
        } else {
          result = postfix();
        }
        break;
      case Tok.LPAREN: {
        Expr cast = tryCStyleCast(start);
        result = cast != null ? cast : postfix();
        break;
      }
      default:
        result = postfix();
    }
    leave();
    return result;
  }

  /** Whether the current tokens start a type for sure (a type keyword or a known type name). */
  abstract boolean definitelyType();

  final boolean startsExpression() {
    int k = c();
    switch (k) {
      case Tok.IDENT: case Tok.NUMBER: case Tok.STRING: case Tok.CHAR: case Tok.LPAREN:
      case Tok.LBRACKET: case Tok.SCOPE: case Tok.INC: case Tok.DEC: case Tok.STAR: case Tok.AMP:
      case Tok.PLUS: case Tok.MINUS: case Tok.NOT: case Tok.TILDE: case Tok.K_SIZEOF:
      case Tok.K_ALIGNOF: case Tok.K_NEW: case Tok.K_DELETE: case Tok.K_THIS: case Tok.K_TRUE:
      case Tok.K_FALSE: case Tok.K_NULLPTR: case Tok.K_STATIC_CAST: case Tok.K_DYNAMIC_CAST:
      case Tok.K_CONST_CAST: case Tok.K_REINTERPRET_CAST: case Tok.K_THROW: case Tok.K_TYPEID:
      case Tok.LBRACE:
        return true;
      default:
        return Tok.isBuiltinTypeWord(k);
    }
  }

  /** postfix: primary ( [e] | (args) | .m | ->m | ++ | -- | <<<cfg>>>(args) )* */
  final Expr postfix() {
    int start = idx();
    Expr e = primary();
    while (true) {
      switch (c()) {
        case Tok.LBRACKET: {
          advance();
          boolean saved = inTemplateArgs;
          inTemplateArgs = false;
          Expr index = expression();
          inTemplateArgs = saved;
          expect(Tok.RBRACKET, "']'");
          e = new Expr.Index(e, index, start, lastIdx());
          break;
        }
        case Tok.LPAREN: {
          boolean macro = e instanceof Expr.Name name && isMacroName(name);
          List<Expr> args = macro ? macroArguments() : callArguments();
          e = new Expr.Call(e, args, start, lastIdx());
          break;
        }
        case Tok.DOT: case Tok.ARROW:
          e = member(e, start);
          break;
        case Tok.INC: case Tok.DEC: {
          String op = operatorText();
          advance();
          e = new Expr.Unary(op, e, true, start, lastIdx());
          break;
        }
        case Tok.LAUNCH_OPEN:
          e = launch(e, start);
          break;
        default:
          return e;
      }
    }
  }

  /**
   * {@code .m}, {@code ->m}, {@code .template m<T>}, {@code ->~T}, {@code .operator+} after
   * {@code base}. Its own method so that postfix() stays under the size the JIT inlines.
   */
  private Expr member(Expr base, int start) {
    boolean arrow = c() == Tok.ARROW;
    advance();
    accept(Tok.K_TEMPLATE);
    String member;
    if (c() == Tok.TILDE) {
      advance();
      member = "~" + identifier("member name");
    } else if (c() == Tok.K_OPERATOR) {
      member = operatorName();
    } else {
      member = identifier("member name");
    }
    if (c() == Tok.LT && looksLikeTemplateArgs(member)) {
      templateArguments();
    }
    return new Expr.Member(base, member, arrow, start, lastIdx());
  }

  /** {@code <<< grid, block [, shmem [, stream]] >>> (args)} after the kernel expression. */
  private Expr launch(Expr kernel, int start) {
    advance();
    boolean saved = inTemplateArgs;
    inTemplateArgs = false;
    List<Expr> config = new ArrayList<>(4);
    while (c() != Tok.LAUNCH_CLOSE && c() != Tok.EOF) {
      config.add(assignment());
      if (!accept(Tok.COMMA)) {
        break;
      }
    }
    inTemplateArgs = saved;
    expect(Tok.LAUNCH_CLOSE, "'>>>'");
    List<Expr> args = callArguments();
    return new Expr.Launch(kernel, config, args, start, lastIdx());
  }

  /** Arguments of a function-like macro, where a type may stand as an argument. */
  private List<Expr> macroArguments() {
    expect(Tok.LPAREN, "'('");
    List<Expr> args = new ArrayList<>();
    boolean saved = inTemplateArgs;
    inTemplateArgs = false;
    while (c() != Tok.RPAREN && c() != Tok.EOF) {
      int from = idx();
      TypeName type = definitelyType() ? tryTypeIdFollowedBy(Tok.COMMA) : null;
      if (type == null && definitelyType()) {
        type = tryTypeIdFollowedBy(Tok.RPAREN);
      }
      args.add(type != null ? new Expr.TypeArg(type, from, lastIdx()) : initializerClause());
      if (!accept(Tok.COMMA)) {
        break;
      }
    }
    inTemplateArgs = saved;
    expect(Tok.RPAREN, "')'");
    return args;
  }

  final List<Expr> callArguments() {
    expect(Tok.LPAREN, "'('");
    ListScratch.Level args = lists.start();
    boolean saved = inTemplateArgs;
    inTemplateArgs = false;
    while (c() != Tok.RPAREN && c() != Tok.EOF) {
      args.add(initializerClause());
      accept(Tok.ELLIPSIS);
      if (!accept(Tok.COMMA)) {
        break;
      }
    }
    inTemplateArgs = saved;
    expect(Tok.RPAREN, "')'");
    return lists.finish(args);
  }

  // primary and names are in the second half of the expression grammar
  abstract Expr primary();

  abstract boolean looksLikeTemplateArgs(String name);

  abstract List<Node> templateArguments();

  abstract String operatorName();
}
