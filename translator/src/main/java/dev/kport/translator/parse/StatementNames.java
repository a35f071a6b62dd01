package dev.kport.translator.parse;

import dev.kport.translator.parse.tree.Stmt;

/** Dump names of statements, after clang's. */
final class StatementNames {
  private StatementNames() {}

  static String kind(Stmt s) {
    if (s instanceof Stmt.Block) {
      return "CompoundStmt";
    }
    if (s instanceof Stmt.DeclStmt) {
      return "DeclStmt";
    }
    if (s instanceof Stmt.If) {
      return "IfStmt";
    }
    if (s instanceof Stmt.For) {
      return "ForStmt";
    }
    if (s instanceof Stmt.RangeFor) {
      return "CXXForRangeStmt";
    }
    if (s instanceof Stmt.While) {
      return "WhileStmt";
    }
    if (s instanceof Stmt.DoWhile) {
      return "DoStmt";
    }
    if (s instanceof Stmt.Switch) {
      return "SwitchStmt";
    }
    if (s instanceof Stmt.Case c) {
      return c.value() == null ? "DefaultStmt" : "CaseStmt";
    }
    if (s instanceof Stmt.Labeled) {
      return "LabelStmt";
    }
    if (s instanceof Stmt.Jump j) {
      return j.word().equals("break") ? "BreakStmt" : j.word().equals("continue") ? "ContinueStmt" : "GotoStmt";
    }
    if (s instanceof Stmt.Return) {
      return "ReturnStmt";
    }
    if (s instanceof Stmt.Empty) {
      return "NullStmt";
    }
    if (s instanceof Stmt.Asm) {
      return "AsmStmt";
    }
    if (s instanceof Stmt.Try) {
      return "CXXTryStmt";
    }
    if (s instanceof Stmt.Opaque) {
      return "OpaqueStmt";
    }
    return "ExprStmt";
  }

  static String detail(Stmt s) {
    if (s instanceof Stmt.If i && i.isConstexpr()) {
      return "constexpr";
    }
    if (s instanceof Stmt.Labeled l) {
      return l.label();
    }
    if (s instanceof Stmt.Jump j && !j.target().isEmpty()) {
      return j.target();
    }
    if (s instanceof Stmt.Opaque o) {
      return "'" + o.reason() + "'";
    }
    return "";
  }
}
