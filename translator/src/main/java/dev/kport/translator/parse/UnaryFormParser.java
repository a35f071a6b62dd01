package dev.kport.translator.parse;

import dev.kport.translator.lex.Token;
import dev.kport.translator.parse.tree.Expr;
import dev.kport.translator.parse.tree.TypeName;
import dev.kport.translator.preprocess.PreprocessorView;
import java.util.ArrayList;
import java.util.List;

/** The unary forms that involve types: {@code sizeof}/{@code alignof}, {@code new}, {@code delete}, C-style casts. */
abstract class UnaryFormParser extends ExpressionParser {

  UnaryFormParser(String file, List<Token> tokens, PreprocessorView view) {
    super(file, tokens, view);
  }

  @Override
  final Expr sizeofExpression() {
    int start = idx();
    String op = text();
    advance();
    if (accept(Tok.ELLIPSIS)) {
      op = op + "...";
    }
    if (c() == Tok.LPAREN) {
      int m = mark();
      advance();
      if (definitelyType() || (c() == Tok.IDENT && c(1) == Tok.STAR && c(2) == Tok.RPAREN)) {
        TypeName type = tryTypeIdFollowedBy(Tok.RPAREN);
        if (type != null) {
          advance();
          return new Expr.Builtin(op, type, start, lastIdx());
        }
      }
      reset(m);
    }
    Expr operand = unary();
    return new Expr.Builtin(op, operand, start, lastIdx());
  }

  @Override
  final Expr newExpression(int start) {
    expect(Tok.K_NEW, "'new'");
    List<Expr> args = new ArrayList<>();
    if (c() == Tok.LPAREN) { // placement arguments
      args.addAll(callArguments());
    }
    TypeName type = conversionTypeId(); // no declarator suffixes: new float[n] sizes the array
    Expr size = null;
    if (c() == Tok.LBRACKET) {
      advance();
      size = expression();
      expect(Tok.RBRACKET, "']'");
    }
    if (c() == Tok.LPAREN) {
      args.addAll(callArguments());
    } else if (c() == Tok.LBRACE) {
      args.add(initList());
    }
    return new Expr.New(type, size, args, start, lastIdx());
  }

  @Override
  final Expr deleteExpression(int start) {
    expect(Tok.K_DELETE, "'delete'");
    boolean array = false;
    if (c() == Tok.LBRACKET && c(1) == Tok.RBRACKET) {
      advance();
      advance();
      array = true;
    }
    Expr operand = unary();
    return new Expr.Delete(operand, array, start, lastIdx());
  }

  /**
   * {@code (T) e}: taken when the parenthesised tokens form a type and what follows can start an
   * operand; an unknown single name needs an operand that cannot follow a parenthesised value.
   */
  @Override
  final Expr tryCStyleCast(int start) {
    int m = mark();
    advance();
    if (!startsTypeId()) {
      reset(m);
      return null;
    }
    if (c() == Tok.IDENT && Tok.endsNameOnly(c(1)) && c(1) != Tok.RPAREN && c(1) != Tok.TILDE
        && c(1) != Tok.ELLIPSIS) {
      reset(m); // (n + 1): no type-id reads past the name, and no ')' follows it
      return null;
    }
    boolean knownType = definitelyType();
    if (!knownType && c() == Tok.IDENT && (c(1) == Tok.RPAREN || c(1) == Tok.LBRACKET)
        && !startsCastOperand(codeAfterClosingParen())) {
      reset(m); // (i) * 2, (a[i] + b[i]): read as an expression only, not first as a type
      return null;
    }
    TypeName type = tryTypeIdFollowedBy(Tok.RPAREN);
    if (type == null) {
      reset(m);
      return null;
    }
    advance();
    int k = c();
    boolean operandFollows = knownType || type.pointers() > 0 || type.base().indexOf(' ') > 0
        ? startsExpression() && !(k == Tok.LBRACE)
        : (k == Tok.IDENT || k == Tok.NUMBER || k == Tok.CHAR || k == Tok.STRING || k == Tok.K_THIS);
    if (!operandFollows) {
      reset(m);
      return null;
    }
    Expr operand = unary();
    return new Expr.Cast(Expr.CastKind.C_STYLE, type, operand, start, lastIdx());
  }

  /**
   * What may follow {@code (name)} or {@code (name[n])} for an unknown name to be a cast: such a
   * type-id has no pointer and a one-word base, so below only these operands make it one. When
   * the token after the closing parenthesis is none of them, no type-id read can make a cast.
   */
  private static boolean startsCastOperand(int k) {
    return k == Tok.IDENT || k == Tok.NUMBER || k == Tok.CHAR || k == Tok.STRING || k == Tok.K_THIS;
  }

  /**
   * The code after the first {@code )} from the cursor that closes no bracket opened after the
   * cursor, where a type-id read from here would have to stop; {@link Tok#IDENT}, which lets the
   * caller read on as before, when there is none.
   */
  private int codeAfterClosingParen() {
    int q = firstAtThisLevel(-1, -1); // codes are never negative: stops at the closer only
    return q < n && code[q] == Tok.RPAREN ? code[q + 1] : Tok.IDENT; // code[n] is EOF
  }

  @Override
  final TypeName tryTypeIdFollowedBy(int end) {
    int m = mark();
    speculating++;
    try {
      TypeName t = typeId();
      if (c() == end) {
        return t;
      }
    } catch (ParseError e) {
      // not a type: the caller tries an expression
    } finally {
      speculating--;
    }
    reset(m);
    return null;
  }
}
