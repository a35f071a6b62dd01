package dev.kport.translator.parse;

import dev.kport.translator.lex.Token;
import dev.kport.translator.lex.TokenKind;
import dev.kport.translator.parse.tree.Decl;
import dev.kport.translator.parse.tree.Expr;
import dev.kport.translator.parse.tree.Node;
import dev.kport.translator.parse.tree.NodeList;
import dev.kport.translator.parse.tree.Stmt;
import dev.kport.translator.parse.tree.TypeName;
import dev.kport.translator.preprocess.PreprocessorView;
import java.util.ArrayList;
import java.util.List;

/** Primary expressions, names with template arguments, lambdas and the named casts. */
abstract class PrimaryParser extends UnaryFormParser {

  PrimaryParser(String file, List<Token> tokens, PreprocessorView view) {
    super(file, tokens, view);
  }

  @Override
  final Expr primary() {
    int start = idx();
    int k = c();
    switch (k) {
      case Tok.NUMBER: {
        String t = text();
        advance();
        return new Expr.Literal(isFloatLiteral(t) ? Expr.LiteralKind.FLOAT : Expr.LiteralKind.INT, t, start, start);
      }
      case Tok.CHAR: {
        String t = text();
        advance();
        return new Expr.Literal(Expr.LiteralKind.CHAR, t, start, start);
      }
      case Tok.STRING:
        return stringLiteral(start);
      case Tok.K_TRUE: case Tok.K_FALSE: {
        String t = text();
        advance();
        return new Expr.Literal(Expr.LiteralKind.BOOL, t, start, start);
      }
      case Tok.K_NULLPTR:
        advance();
        return new Expr.Literal(Expr.LiteralKind.NULLPTR, "nullptr", start, start);
      case Tok.K_THIS:
        advance();
        return new Expr.This(start, start);
      case Tok.LPAREN: {
        advance();
        boolean saved = inTemplateArgs;
        inTemplateArgs = false;
        Expr inner = expression();
        inTemplateArgs = saved;
        expect(Tok.RPAREN, "')'");
        return new Expr.Paren(inner, start, lastIdx());
      }
      case Tok.LBRACKET:
        return lambda(start);
      case Tok.LBRACE:
        return initList();
      case Tok.K_STATIC_CAST: case Tok.K_DYNAMIC_CAST: case Tok.K_CONST_CAST: case Tok.K_REINTERPRET_CAST:
        return namedCast(start, k);
      case Tok.K_TYPEID: case Tok.K_NOEXCEPT: case Tok.K_DECLTYPE: {
        String op = text();
        advance();
        expect(Tok.LPAREN, "'('");
        Node operand = definitelyType() ? tryTypeIdFollowedBy(Tok.RPAREN) : null;
        if (operand == null) {
          operand = expression();
        }
        expect(Tok.RPAREN, "')'");
        return new Expr.Builtin(op, operand, start, lastIdx());
      }
      case Tok.IDENT: case Tok.SCOPE: case Tok.K_OPERATOR: case Tok.TILDE:
        return nameOrConstruct(start);
      default:
        if (Tok.isBuiltinTypeWord(k) || k == Tok.K_TYPENAME || k == Tok.K_AUTO) {
          return construct(start);
        }
        throw error("expected an expression");
    }
  }

  private static boolean isFloatLiteral(String t) {
    if (t.length() > 1 && t.charAt(0) == '0' && (t.charAt(1) == 'x' || t.charAt(1) == 'X')) {
      return t.indexOf('p') >= 0 || t.indexOf('P') >= 0;
    }
    for (int i = 0; i < t.length(); i++) {
      char ch = t.charAt(i);
      if (ch == '.' || ch == 'e' || ch == 'E' || ch == 'f' || ch == 'F') {
        return true;
      }
    }
    return false;
  }

  /** Adjacent string literals concatenate; a macro between them ({@code "%" PRId64}) is kept too. */
  private Expr stringLiteral(int start) {
    String first = text();
    advance();
    while (c() == Tok.STRING || (c() == Tok.IDENT && c(1) == Tok.STRING && isMacroAt(p))) {
      advance();
    }
    return new Expr.Literal(Expr.LiteralKind.STRING, first, start, lastIdx());
  }

  private Expr namedCast(int start, int k) {
    Expr.CastKind kind = k == Tok.K_STATIC_CAST ? Expr.CastKind.STATIC
        : k == Tok.K_DYNAMIC_CAST ? Expr.CastKind.DYNAMIC
        : k == Tok.K_CONST_CAST ? Expr.CastKind.CONST : Expr.CastKind.REINTERPRET;
    advance();
    expect(Tok.LT, "'<'");
    boolean saved = inTemplateArgs;
    inTemplateArgs = true;
    TypeName type = typeId();
    inTemplateArgs = saved;
    closeAngle();
    expect(Tok.LPAREN, "'('");
    inTemplateArgs = false;
    Expr operand = expression();
    inTemplateArgs = saved;
    expect(Tok.RPAREN, "')'");
    return new Expr.Cast(kind, type, operand, start, lastIdx());
  }

  /** {@code float(x)}, {@code unsigned int(x)}, {@code typename T::v(x)}: a type then ( or {. */
  private Expr construct(int start) {
    TypeName type = typeId();
    if (c() == Tok.LBRACE) {
      Expr.InitList list = initList();
      return new Expr.Construct(type, list.items(), true, start, lastIdx());
    }
    List<Expr> args = callArguments();
    return new Expr.Construct(type, args, false, start, lastIdx());
  }

  /** A name, or a construction when a known type name is followed by a braced list. */
  private Expr nameOrConstruct(int start) {
    Expr.Name name = idExpression();
    if ((c() == Tok.LBRACE || c() == Tok.LPAREN) && isTypeName(name) && !isMacroName(name)) {
      TypeName type = new TypeName(spell(start, lastIdx()), false, false, name.templateArgs(), 0, 0, 0,
          NodeList.of(), false, false, start, lastIdx());
      if (c() == Tok.LPAREN) {
        List<Expr> args = callArguments();
        return new Expr.Construct(type, args, false, start, lastIdx());
      }
      Expr.InitList list = initList();
      return new Expr.Construct(type, list.items(), true, start, lastIdx());
    }
    return name;
  }

  /** A possibly qualified name with template arguments: {@code ::std::max<float>}, {@code T::value}. */
  final Expr.Name idExpression() {
    int start = idx();
    if (c() == Tok.IDENT && c(1) != Tok.SCOPE && (c(1) != Tok.LT || lessThanAfterName())) { // a plain name
      String name = nameAt(p);
      advance();
      return new Expr.Name(name, NodeList.of(), start, start);
    }
    StringBuilder sb = new StringBuilder();
    List<Node> args = NodeList.of();
    if (accept(Tok.SCOPE)) {
      sb.append("::");
    }
    while (true) {
      accept(Tok.K_TEMPLATE);
      if (c() == Tok.IDENT) {
        sb.append(text());
        advance();
      } else if (c() == Tok.K_OPERATOR) {
        sb.append(operatorName());
      } else if (c() == Tok.TILDE && c(1) == Tok.IDENT) {
        advance();
        sb.append('~').append(text());
        advance();
      } else {
        throw error("expected a name");
      }
      args = NodeList.of();
      if (c() == Tok.LT && looksLikeTemplateArgs(sb.toString())) {
        args = templateArguments();
      }
      if (c() == Tok.SCOPE && (c(1) == Tok.IDENT || c(1) == Tok.K_TEMPLATE || c(1) == Tok.TILDE
          || c(1) == Tok.K_OPERATOR)) {
        advance();
        if (!args.isEmpty()) {
          sb.setLength(0);
          sb.append(spell(start, lastIdx()));
        } else {
          sb.append("::");
        }
        continue;
      }
      break;
    }
    return new Expr.Name(sb.toString(), args, start, lastIdx());
  }

  /** {@code operator+}, {@code operator()}, {@code operator[]}, {@code operator float}. */
  @Override
  final String operatorName() {
    expect(Tok.K_OPERATOR, "'operator'");
    int k = c();
    if (k == Tok.LPAREN && c(1) == Tok.RPAREN) {
      advance();
      advance();
      return "operator()";
    }
    if (k == Tok.LBRACKET && c(1) == Tok.RBRACKET) {
      advance();
      advance();
      return "operator[]";
    }
    if (k == Tok.K_NEW || k == Tok.K_DELETE) {
      String s = "operator " + text();
      advance();
      if (c() == Tok.LBRACKET && c(1) == Tok.RBRACKET) {
        advance();
        advance();
        s += "[]";
      }
      return s;
    }
    if (k == Tok.STRING) { // user-defined literal: operator "" _x
      advance();
      return "operator\"\" " + identifier("literal suffix");
    }
    if (k >= Tok.LPAREN && k <= Tok.HASH && k != Tok.LPAREN && k != Tok.LBRACE && k != Tok.SEMI) {
      String s = "operator" + text();
      advance();
      return s;
    }
    TypeName conversion = conversionTypeId(); // conversion operator: operator float()
    return "operator " + conversion.spelled();
  }

  /**
   * Whether {@code <} after {@code name} opens template arguments: always for a known template,
   * otherwise when the arguments parse, close, and are followed by what only a template-id allows.
   */
  @Override
  final boolean looksLikeTemplateArgs(String name) {
    // after a plain name (the common case) the question is answered by its spelling number
    int id = p > 0 && code[p - 1] == Tok.IDENT && nameAt(p - 1).equals(name) ? ids[p - 1] : -1;
    if (names.isTemplate(name, id)) {
      return true;
    }
    int at = p;
    if (notTemplateArgs.get(at) || !angleMayClose(at)) {
      return false;
    }
    int m = mark();
    speculating++;
    boolean yes = false;
    try {
      templateArguments();
      int k = c();
      yes = k == Tok.LPAREN || k == Tok.SCOPE || k == Tok.LAUNCH_OPEN || (k == Tok.LBRACE && names.isType(name, id));
    } catch (ParseError e) {
      yes = false;
    } finally {
      speculating--;
      reset(m);
    }
    if (!yes) {
      notTemplateArgs.set(at);
    }
    return yes;
  }

  /**
   * Positions of a {@code <} already found not to open template arguments. Without this,
   * {@code a < b < c < ...} retries every shorter chain inside every longer one: exponential.
   */
  private final java.util.BitSet notTemplateArgs = new java.util.BitSet();

  /**
   * Whether the {@code <} after the name at the cursor is surely an operator, as
   * {@link #looksLikeTemplateArgs} would find (i < n): the name is no known template and no
   * {@code >} can close an argument list there.
   */
  private boolean lessThanAfterName() {
    return !names.isTemplate(nameAt(p), id(p)) && !angleMayClose(p + 1); // at a name
  }

  /** How deep {@link #angleMayClose} follows brackets before it leaves the answer to the speculation. */
  private static final int MAX_BRACKETS_STEPPED = 16;

  /**
   * False when the {@code <} at significant token {@code open} surely closes nowhere, so
   * {@link #looksLikeTemplateArgs} need not parse speculatively: after it, before any {@code >}
   * or {@code >>} outside brackets, comes a {@code ;} or a closing bracket it did not open
   * ({@code i < n;}, {@code if (i < n)}). Only tokens the argument grammar reads in balanced
   * brackets are stepped over; at anything else (braces, attributes, decltype) it answers true
   * and the speculation decides, as before.
   */
  final boolean angleMayClose(int open) {
    // the open brackets as bits, 1 for '(' and 0 for '[', innermost lowest: no array per call
    int parens = 0;
    int depth = 0;
    for (int q = open + 1; q < n; q++) {
      int k = code[q];
      if (k == Tok.LPAREN || k == Tok.LBRACKET) {
        if (depth == MAX_BRACKETS_STEPPED) {
          return true;
        }
        parens = parens << 1 | (k == Tok.LPAREN ? 1 : 0);
        depth++;
      } else if (k == Tok.RPAREN || k == Tok.RBRACKET) {
        if (depth == 0) {
          return false;
        }
        boolean paren = (parens & 1) != 0;
        parens >>>= 1;
        depth--;
        if (paren != (k == Tok.RPAREN)) {
          return true;
        }
      } else if (k == Tok.GT || k == Tok.SHR) {
        if (depth == 0) {
          return true;
        }
      } else if (k == Tok.SEMI) {
        return depth > 0;
      } else if (!steppedOverInArguments(k)) {
        return true;
      }
    }
    return false; // no '>' to the end: the list cannot close
  }

  /** Tokens an argument list only reads as themselves: names, literals, operators, plain type and value words. */
  private static boolean steppedOverInArguments(int k) {
    if (k == Tok.IDENT || k == Tok.NUMBER || k == Tok.STRING || k == Tok.CHAR) {
      return true;
    }
    if (k >= Tok.LPAREN && k <= Tok.XOR_ASSIGN) {
      return k != Tok.LBRACE && k != Tok.RBRACE;
    }
    return Tok.isBuiltinTypeWord(k) || k == Tok.K_CONST || k == Tok.K_VOLATILE || k == Tok.K_SIZEOF
        || k == Tok.K_THIS || k == Tok.K_TRUE || k == Tok.K_FALSE || k == Tok.K_NULLPTR
        || (k >= Tok.K_STATIC_CAST && k <= Tok.K_REINTERPRET_CAST);
  }

  /** {@code < arg (, arg)* >} where each arg is a type or a constant expression. */
  @Override
  final List<Node> templateArguments() {
    expect(Tok.LT, "'<'");
    boolean saved = inTemplateArgs;
    inTemplateArgs = true;
    List<Node> args = new ArrayList<>(2);
    try {
      while (c() != Tok.GT && c() != Tok.SHR && c() != Tok.EOF) {
        args.add(templateArgument());
        accept(Tok.ELLIPSIS);
        if (!accept(Tok.COMMA)) {
          break;
        }
      }
    } finally {
      inTemplateArgs = saved;
    }
    closeAngle();
    return args;
  }

  private Node templateArgument() {
    if (startsTypeId()) {
      int k = c();
      if (k != Tok.IDENT && k != Tok.SCOPE || definitelyType() || typeFollowedByDeclarator()) {
        TypeName t = tryTypeIdFollowedByArgEnd();
        if (t != null) {
          return t;
        }
      }
    }
    return conditional();
  }

  /** {@code Foo*} or {@code Foo&} before {@code ,} or {@code >}: a type even when Foo is unknown. */
  private boolean typeFollowedByDeclarator() {
    int k = c(1);
    return (k == Tok.STAR || k == Tok.AMP) && (c(2) == Tok.GT || c(2) == Tok.COMMA || c(2) == Tok.STAR);
  }

  private TypeName tryTypeIdFollowedByArgEnd() {
    int m = mark();
    speculating++;
    try {
      TypeName t = typeId();
      int k = c();
      if (k == Tok.COMMA || k == Tok.GT || k == Tok.SHR || k == Tok.ELLIPSIS) {
        return t;
      }
    } catch (ParseError e) {
      // an expression after all
    } finally {
      speculating--;
    }
    reset(m);
    return null;
  }

  /** {@code [captures] (params) specifiers -> ret { body }}. */
  private Expr lambda(int start) {
    advance();
    int capFrom = p;
    int nest = 1;
    int q = p;
    while (q < n && nest > 0) {
      int k = code[q];
      if (k == Tok.LBRACKET) {
        nest++;
      } else if (k == Tok.RBRACKET) {
        nest--;
      }
      q++;
    }
    moveTo(q);
    if (nest > 0) {
      throw error("unterminated lambda capture");
    }
    String captures = p - 1 > capFrom ? spell(sig[capFrom], sig[p - 2]) : "";
    skipLambdaSpecifiers(); // extended lambdas: [=] __device__ (float x) { ... }
    List<Decl.Param> params = c() == Tok.LPAREN ? parameterList() : NodeList.of();
    skipLambdaSpecifiers();
    TypeName ret = null;
    if (accept(Tok.ARROW)) {
      ret = typeId();
    }
    boolean saved = inTemplateArgs;
    inTemplateArgs = false;
    Stmt.Block body = block();
    inTemplateArgs = saved;
    return new Expr.Lambda(captures, params, ret, body, start, lastIdx());
  }

  private void skipLambdaSpecifiers() {
    while (true) {
      int k = c();
      if (k == Tok.K_MUTABLE || k == Tok.K_CONSTEXPR || k == Tok.C_DEVICE || k == Tok.C_HOST
          || k == Tok.K_CONSTEVAL || k == Tok.K_STATIC) {
        advance();
      } else if (k == Tok.K_NOEXCEPT || k == Tok.K_ATTRIBUTE) {
        advance();
        if (c() == Tok.LPAREN) {
          skipBalanced();
        }
      } else {
        return;
      }
    }
  }

  /**
   * The significant tokens between two full-list indices joined the way a person writes them:
   * a space only between two words, and after a comma.
   */
  final String spell(int fromIdx, int toIdx) {
    if (fromIdx == toIdx && fromIdx < tokens.size()) {
      return textAt(fromIdx); // the common case: a one-word type name
    }
    StringBuilder sb = new StringBuilder();
    String prev = null;
    for (int i = fromIdx; i <= toIdx && i < tokens.size(); i++) {
      TokenKind k = kindAt(i);
      if (k.isTrivia() || k == TokenKind.DIRECTIVE) {
        continue;
      }
      String t = textAt(i);
      if (prev != null && (isWord(prev) && isWord(t) || prev.equals(","))) {
        sb.append(' ');
      }
      sb.append(t);
      prev = t;
    }
    return sb.toString();
  }

  private static boolean isWord(String t) {
    char ch = t.isEmpty() ? ' ' : t.charAt(0);
    return Character.isLetterOrDigit(ch) || ch == '_';
  }
}
