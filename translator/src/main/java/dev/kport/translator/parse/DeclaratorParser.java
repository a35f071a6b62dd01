package dev.kport.translator.parse;

import dev.kport.translator.lex.Token;
import dev.kport.translator.parse.tree.Decl;
import dev.kport.translator.parse.tree.Expr;
import dev.kport.translator.parse.tree.NodeList;
import dev.kport.translator.preprocess.PreprocessorView;
import java.util.ArrayList;
import java.util.List;

/** Declarators: pointer levels, names (qualified, operators, destructors), array bounds, parameters. */
abstract class DeclaratorParser extends TypeParser {

  DeclaratorParser(String file, List<Token> tokens, PreprocessorView view) {
    super(file, tokens, view);
  }

  /**
   * declarator: ptr-operator* ( name | '(' declarator ')' )? ( '[' bound ']' | '(' params ')' )*.
   * With {@code abstractOk} the name may be missing (type-ids, unnamed parameters).
   */
  @Override
  final Declarator declarator(boolean abstractOk, boolean blockScope) {
    Declarator d = obtainDeclarator();
    pointerOperators(d);
    skipMacrosBeforeName();
    int k = c();
    if (k == Tok.LPAREN && (c(1) == Tok.STAR || c(1) == Tok.AMP || c(1) == Tok.LAND
        || (c(1) == Tok.IDENT && c(2) == Tok.SCOPE && c(3) == Tok.STAR))) {
      advance();
      while (c() != Tok.RPAREN && c() != Tok.EOF) {
        if (c() == Tok.IDENT && c(1) != Tok.SCOPE) {
          d.name = text();
          d.nameIdx = idx();
        } else if (c() == Tok.STAR) {
          d.pointers++;
        }
        if (c() == Tok.LBRACKET) {
          skipBalanced();
        } else {
          advance();
        }
      }
      expect(Tok.RPAREN, "')'");
      d.functionPointer = c() == Tok.LPAREN;
      if (d.functionPointer) {
        d.params = parameterList();
        functionQualifiers();
      }
    } else if (k == Tok.IDENT || k == Tok.SCOPE || k == Tok.K_OPERATOR
        || (k == Tok.TILDE && c(1) == Tok.IDENT)) {
      declaratorName(d);
    } else if (k == Tok.ELLIPSIS) { // parameter pack: Ts... args
      advance();
      if (c() == Tok.IDENT) {
        declaratorName(d);
      }
    } else if (!abstractOk) {
      throw error("expected a declarator");
    }
    declaratorSuffixes(d, blockScope);
    d.last = lastIdx();
    return d;
  }

  /**
   * {@code void LAUNCH_BOUNDS(256) k()} or {@code int EXPORT f()}: a macro between the type and
   * the name (function-like with its arguments, or object-like expanding to nothing) is skipped.
   */
  private void skipMacrosBeforeName() {
    while (c() == Tok.IDENT && isMacroAt(p)) {
      dev.kport.translator.preprocess.Macro m = view.macro(text()).orElseThrow();
      if (m.functionLike() && c(1) == Tok.LPAREN) {
        int save = mark();
        advance();
        skipBalanced();
        if (c() == Tok.IDENT || c() == Tok.STAR || c() == Tok.AMP) {
          continue;
        }
        reset(save);
        return;
      }
      if (!m.functionLike() && (m.body().isEmpty() || names.specifierFlags(m.name(), id(p)) >= 0) && c(1) == Tok.IDENT) {
        advance();
        continue;
      }
      return;
    }
  }

  @Override
  final void pointerOperators(Declarator d) {
    while (true) {
      int k = c();
      if (k == Tok.STAR) {
        advance();
        d.pointers++;
        while (c() == Tok.K_CONST || c() == Tok.K_VOLATILE || c() == Tok.K_RESTRICT) {
          if (c() == Tok.K_CONST) {
            d.pointerConst |= 1 << Math.min(d.pointers - 1, 30);
          } else if (c() == Tok.K_RESTRICT) {
            d.restrict = true;
          }
          advance();
        }
      } else if (k == Tok.AMP) {
        advance();
        d.ref = 1;
      } else if (k == Tok.LAND) {
        advance();
        d.ref = 2;
      } else if (k == Tok.K_ATTRIBUTE) {
        advance();
        skipBalanced();
      } else if (k == Tok.K_RESTRICT) {
        d.restrict = true;
        advance();
      } else {
        return;
      }
    }
  }

  private void declaratorName(Declarator d) {
    int from = idx();
    d.nameIdx = from;
    if (c() == Tok.IDENT && c(1) != Tok.SCOPE && c(1) != Tok.LT) { // the common case: a plain name
      d.name = nameAt(p);
      advance();
      return;
    }
    StringBuilder sb = new StringBuilder();
    if (accept(Tok.SCOPE)) {
      sb.append("::");
    }
    while (true) {
      if (c() == Tok.K_OPERATOR) {
        sb.append(operatorName());
      } else if (c() == Tok.TILDE) {
        advance();
        sb.append('~').append(identifier("a destructor name"));
      } else {
        sb.append(identifier("a name"));
      }
      if (c() == Tok.LT && !sb.toString().startsWith("operator")) {
        d.nameTemplateArgs = templateArguments();
      }
      if (c() == Tok.SCOPE && (c(1) == Tok.IDENT || c(1) == Tok.TILDE || c(1) == Tok.K_OPERATOR)) {
        advance();
        if (!d.nameTemplateArgs.isEmpty()) {
          sb.setLength(0);
          sb.append(spell(from, lastIdx()));
          d.nameTemplateArgs = NodeList.of();
        } else {
          sb.append("::");
        }
        continue;
      }
      break;
    }
    d.name = sb.toString();
  }

  private void declaratorSuffixes(Declarator d, boolean blockScope) {
    while (true) {
      int k = c();
      if (k == Tok.LBRACKET && c(1) != Tok.LBRACKET) {
        arrayBound(d);
      } else if (k == Tok.LPAREN && !d.isFunction && !d.functionPointer
          && parametersFollow(blockScope)) {
        d.params = parameterList();
        d.variadic = lastParamsVariadic;
        d.isFunction = true;
        functionQualifiers();
      } else {
        return;
      }
    }
  }

  private void arrayBound(Declarator d) {
    int from = idx();
    advance();
    Expr bound;
    if (c() == Tok.RBRACKET) {
      bound = new Expr.Literal(Expr.LiteralKind.EMPTY, "", from, from);
    } else {
      boolean saved = inTemplateArgs;
      inTemplateArgs = false;
      bound = expression();
      inTemplateArgs = saved;
    }
    expect(Tok.RBRACKET, "']'");
    if (d.dims.isEmpty()) {
      d.dims = new ArrayList<>(2);
    }
    d.dims.add(bound);
  }

  /**
   * In a block, {@code T x(a, b)} constructs x unless the parentheses hold parameters: only
   * then is it a function declaration.
   */
  private boolean parametersFollow(boolean blockScope) {
    int k = c(1);
    if (k == Tok.RPAREN) {
      return true;
    }
    if (!blockScope) { // outside blocks only a value rules parameters out
      return k != Tok.NUMBER && k != Tok.STRING && k != Tok.CHAR && k != Tok.MINUS && k != Tok.K_TRUE
          && k != Tok.K_FALSE && k != Tok.K_NULLPTR && k != Tok.K_SIZEOF && k != Tok.LPAREN;
    }
    if (Tok.isBuiltinTypeWord(k) || k == Tok.K_CONST || k == Tok.K_VOLATILE || k == Tok.K_STRUCT
        || k == Tok.K_TYPENAME || k == Tok.K_CLASS || k == Tok.ELLIPSIS) {
      return true;
    }
    if (k == Tok.IDENT) {
      int k2 = c(2);
      return names.isType(text(1), id(p + 1)) && k2 != Tok.LPAREN && k2 != Tok.LBRACE
          || k2 == Tok.IDENT || (k2 == Tok.STAR && c(3) == Tok.IDENT && c(4) != Tok.SEMI);
    }
    return false;
  }

  boolean lastParamsVariadic;

  /** After a function's parameters: cv, ref, noexcept, override, trailing return, attributes. */
  final void functionQualifiers() {
    while (true) {
      int k = c();
      if (k == Tok.K_CONST || k == Tok.K_VOLATILE || k == Tok.AMP || k == Tok.LAND || k == Tok.K_OVERRIDE
          || k == Tok.K_FINAL) {
        advance();
      } else if (k == Tok.K_NOEXCEPT || k == Tok.K_THROW || k == Tok.K_ATTRIBUTE) {
        advance();
        if (c() == Tok.LPAREN) {
          skipBalanced();
        }
      } else if (k == Tok.ARROW) {
        advance();
        typeId();
      } else if (k == Tok.IDENT && (text().equals("override") || text().equals("final"))) {
        advance();
      } else {
        return;
      }
    }
  }

  @Override
  final List<Decl.Param> parameterList() {
    expect(Tok.LPAREN, "'('");
    boolean saved = inTemplateArgs;
    inTemplateArgs = false;
    lastParamsVariadic = false;
    ListScratch.Level params = lists.start();
    if (c() == Tok.T_VOID && c(1) == Tok.RPAREN) {
      advance();
    }
    while (c() != Tok.RPAREN && c() != Tok.EOF) {
      if (accept(Tok.ELLIPSIS)) {
        lastParamsVariadic = true;
        break;
      }
      int from = idx();
      DeclSpec ds = declSpecifiers(false);
      if (!ds.hasType) {
        throw error("expected a parameter type");
      }
      Declarator d = declarator(true, false);
      Expr def = accept(Tok.ASSIGN) ? initializerClause() : null;
      params.add(new Decl.Param(ds.type(d), d.name, d.name.isEmpty() ? -1 : d.nameIdx, def, ds.specifiers(), from, lastIdx()));
      release(d);
      release(ds);
      if (!accept(Tok.COMMA)) {
        break;
      }
    }
    boolean variadic = lastParamsVariadic;
    expect(Tok.RPAREN, "')'");
    inTemplateArgs = saved;
    lastParamsVariadic = variadic;
    return lists.finish(params);
  }
}
