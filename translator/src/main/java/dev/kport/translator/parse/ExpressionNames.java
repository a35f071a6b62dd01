package dev.kport.translator.parse;

import dev.kport.translator.parse.tree.Expr;
import dev.kport.translator.parse.tree.Node;
import dev.kport.translator.parse.tree.TypeName;
import java.util.List;

/** Dump names of expressions, after clang's. */
final class ExpressionNames {
  private ExpressionNames() {}

  static String kind(Expr e) {
    if (e instanceof Expr.Literal l) {
      switch (l.kind()) {
        case INT: return "IntegerLiteral";
        case FLOAT: return "FloatingLiteral";
        case CHAR: return "CharacterLiteral";
        case STRING: return "StringLiteral";
        case BOOL: return "CXXBoolLiteralExpr";
        case NULLPTR: return "CXXNullPtrLiteralExpr";
        default: return "EmptyArrayBound";
      }
    }
    if (e instanceof Expr.Name) {
      return "DeclRefExpr";
    }
    if (e instanceof Expr.This) {
      return "CXXThisExpr";
    }
    if (e instanceof Expr.Paren) {
      return "ParenExpr";
    }
    if (e instanceof Expr.Unary) {
      return "UnaryOperator";
    }
    if (e instanceof Expr.Binary) {
      return "BinaryOperator";
    }
    if (e instanceof Expr.Assign a) {
      return a.op().equals("=") ? "BinaryOperator" : "CompoundAssignOperator";
    }
    if (e instanceof Expr.Conditional) {
      return "ConditionalOperator";
    }
    if (e instanceof Expr.Call) {
      return "CallExpr";
    }
    if (e instanceof Expr.Launch) {
      return "CUDAKernelCallExpr";
    }
    if (e instanceof Expr.Index) {
      return "ArraySubscriptExpr";
    }
    if (e instanceof Expr.Member) {
      return "MemberExpr";
    }
    if (e instanceof Expr.Cast c) {
      switch (c.kind()) {
        case STATIC: return "CXXStaticCastExpr";
        case DYNAMIC: return "CXXDynamicCastExpr";
        case CONST: return "CXXConstCastExpr";
        case REINTERPRET: return "CXXReinterpretCastExpr";
        default: return "CStyleCastExpr";
      }
    }
    if (e instanceof Expr.Construct c) {
      return c.braced() ? "CXXListInitExpr" : "CXXConstructExpr";
    }
    if (e instanceof Expr.Builtin) {
      return "UnaryExprOrTypeTraitExpr";
    }
    if (e instanceof Expr.InitList) {
      return "InitListExpr";
    }
    if (e instanceof Expr.Lambda) {
      return "LambdaExpr";
    }
    if (e instanceof Expr.New) {
      return "CXXNewExpr";
    }
    if (e instanceof Expr.Delete) {
      return "CXXDeleteExpr";
    }
    if (e instanceof Expr.Throw) {
      return "CXXThrowExpr";
    }
    if (e instanceof Expr.TypeArg) {
      return "TypeArgument";
    }
    return "OpaqueExpr";
  }

  static String detail(Expr e) {
    if (e instanceof Expr.Literal l) {
      return l.kind() == Expr.LiteralKind.EMPTY ? "" : l.text();
    }
    if (e instanceof Expr.Name n) {
      return n.templateArgs().isEmpty() ? n.name() : n.name() + "<" + args(n.templateArgs()) + ">";
    }
    if (e instanceof Expr.Unary u) {
      return (u.postfix() ? "postfix " : "prefix ") + "'" + u.op() + "'";
    }
    if (e instanceof Expr.Binary b) {
      return "'" + b.op() + "'";
    }
    if (e instanceof Expr.Assign a) {
      return "'" + a.op() + "'";
    }
    if (e instanceof Expr.Member m) {
      return (m.arrow() ? "->" : ".") + m.member();
    }
    if (e instanceof Expr.Cast c) {
      return "'" + c.type().spelled() + "'";
    }
    if (e instanceof Expr.Construct c) {
      return c.type() == null ? "" : "'" + c.type().spelled() + "'";
    }
    if (e instanceof Expr.Builtin b) {
      return b.op() + (b.operand() instanceof TypeName t ? " '" + t.spelled() + "'" : "");
    }
    if (e instanceof Expr.Launch l) {
      return "config " + l.config().size() + " args " + l.args().size();
    }
    if (e instanceof Expr.Lambda l) {
      return "[" + l.captures() + "]";
    }
    if (e instanceof Expr.New n) {
      return "'" + n.type().spelled() + "'" + (n.arraySize() != null ? " array" : "");
    }
    if (e instanceof Expr.Delete d) {
      return d.array() ? "array" : "";
    }
    if (e instanceof Expr.Opaque o) {
      return "'" + o.reason() + "'";
    }
    if (e instanceof Expr.TypeArg t) {
      return "'" + t.type().spelled() + "'";
    }
    return "";
  }

  /** Template arguments as written, comma separated. */
  static String args(List<Node> args) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < args.size(); i++) {
      if (i > 0) {
        sb.append(", ");
      }
      Node a = args.get(i);
      if (a instanceof TypeName t) {
        sb.append(t.spelled());
      } else if (a instanceof Expr.Literal l) {
        sb.append(l.text());
      } else if (a instanceof Expr.Name n) {
        sb.append(n.name());
      } else {
        sb.append("expr");
      }
    }
    return sb.toString();
  }
}
