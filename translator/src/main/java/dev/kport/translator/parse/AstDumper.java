package dev.kport.translator.parse;

import dev.kport.translator.lex.Token;
import dev.kport.translator.parse.tree.Decl;
import dev.kport.translator.parse.tree.Expr;
import dev.kport.translator.parse.tree.Node;
import dev.kport.translator.parse.tree.Specifiers;
import dev.kport.translator.parse.tree.Stmt;
import dev.kport.translator.parse.tree.TypeName;
import dev.kport.translator.preprocess.Include;
import dev.kport.translator.preprocess.Macro;
import dev.kport.translator.preprocess.Region;
import dev.kport.translator.sema.Type;
import java.util.List;
import java.util.Optional;

/**
 * Prints a tree the way {@code clang -ast-dump} does: one node per line, indented with tree
 * guides, node kind, position, then name, type and qualifiers. Expressions show their type when
 * sema knows it. The preprocessor's view follows the tree.
 */
public final class AstDumper {

  private final ParsedUnit unit;
  private final StringBuilder out = new StringBuilder();

  private AstDumper(ParsedUnit unit) {
    this.unit = unit;
  }

  public static String dump(ParsedUnit unit) {
    AstDumper d = new AstDumper(unit);
    d.out.append("TranslationUnit ").append(unit.file()).append('\n');
    List<Decl> decls = unit.tree().decls();
    for (int i = 0; i < decls.size(); i++) {
      d.node(decls.get(i), "", i == decls.size() - 1);
    }
    d.preprocessor();
    return d.out.toString();
  }

  private void node(Node n, String indent, boolean lastChild) {
    if (n instanceof TypeName) {
      return; // types are printed inline in their owner's line
    }
    if (n instanceof Stmt.ExprStmt e) {
      node(e.expr(), indent, lastChild); // as clang: the expression stands for its statement
      return;
    }
    out.append(indent).append(lastChild ? "`-" : "|-").append(label(n)).append('\n');
    List<Node> kids = visibleChildren(n);
    String childIndent = indent + (lastChild ? "  " : "| ");
    for (int i = 0; i < kids.size(); i++) {
      node(kids.get(i), childIndent, i == kids.size() - 1);
    }
  }

  private static List<Node> visibleChildren(Node n) {
    List<Node> kids = n.children();
    kids = new java.util.ArrayList<>(kids);
    kids.removeIf(k -> k instanceof TypeName);
    return kids;
  }

  private String pos(Node n) {
    Token t = unit.token(n.first());
    return "<" + t.line() + ":" + t.column() + ">";
  }

  private String label(Node n) {
    String kind = kind(n);
    String detail = detail(n);
    String s = kind + " " + pos(n);
    return detail.isEmpty() ? s : s + " " + detail;
  }

  private static String quote(String s) {
    return "'" + s + "'";
  }

  private static String kind(Node n) {
    if (n instanceof Decl.Function f) {
      if (f.returnType() != null) {
        return "FunctionDecl";
      }
      String last = f.name().substring(f.name().lastIndexOf(':') + 1);
      return last.startsWith("~") ? "CXXDestructorDecl"
          : last.startsWith("operator") ? "CXXConversionDecl" : "CXXConstructorDecl";
    }
    if (n instanceof Decl.Var) {
      return "VarDecl";
    }
    if (n instanceof Decl.Param) {
      return "ParmVarDecl";
    }
    if (n instanceof Decl.Namespace) {
      return "NamespaceDecl";
    }
    if (n instanceof Decl.Linkage) {
      return "LinkageSpecDecl";
    }
    if (n instanceof Decl.Using) {
      return "UsingDecl";
    }
    if (n instanceof Decl.Typedef) {
      return "TypedefDecl";
    }
    if (n instanceof Decl.Record) {
      return "CXXRecordDecl";
    }
    if (n instanceof Decl.Enum) {
      return "EnumDecl";
    }
    if (n instanceof Decl.Enumerator) {
      return "EnumConstantDecl";
    }
    if (n instanceof Decl.Template t) {
      return t.params().isEmpty() ? "TemplateSpecializationDecl" : "TemplateDecl";
    }
    if (n instanceof Decl.TemplateParam p) {
      return p.kind().equals("value") ? "NonTypeTemplateParmDecl"
          : p.kind().equals("template") ? "TemplateTemplateParmDecl" : "TemplateTypeParmDecl";
    }
    if (n instanceof Decl.Instantiation) {
      return "ExplicitInstantiationDecl";
    }
    if (n instanceof Decl.Access) {
      return "AccessSpecDecl";
    }
    if (n instanceof Decl.StaticAssert) {
      return "StaticAssertDecl";
    }
    if (n instanceof Decl.MacroUse) {
      return "MacroUseDecl";
    }
    if (n instanceof Decl.Empty) {
      return "EmptyDecl";
    }
    if (n instanceof Decl.Opaque) {
      return "OpaqueDecl";
    }
    return n instanceof Stmt ? StatementNames.kind((Stmt) n) : n instanceof Expr ? ExpressionNames.kind((Expr) n)
        : n.getClass().getSimpleName();
  }

  private String detail(Node n) {
    if (n instanceof Decl d) {
      return declDetail(d);
    }
    if (n instanceof Stmt s) {
      return StatementNames.detail(s);
    }
    if (n instanceof Expr e) {
      String d = ExpressionNames.detail(e);
      Optional<Type> t = unit.model().typeOf(e);
      if (t.isPresent() && !(e instanceof Expr.Cast) && !(e instanceof Expr.Construct)
          && !(e instanceof Expr.TypeArg)) {
        d = d.isEmpty() ? quote(t.get().spelled()) : d + " " + quote(t.get().spelled());
      }
      return d;
    }
    return "";
  }

  private static String declDetail(Decl n) {
    if (n instanceof Decl.Function f) {
      StringBuilder sb = new StringBuilder(f.name());
      if (!f.templateArgs().isEmpty()) {
        sb.append('<').append(ExpressionNames.args(f.templateArgs())).append('>');
      }
      sb.append(' ').append(quote(signature(f)));
      appendSpecs(sb, f.specs());
      if (f.body() == null) {
        sb.append(" declaration");
      }
      return sb.toString();
    }
    if (n instanceof Decl.Var v) {
      StringBuilder sb = new StringBuilder(v.name()).append(' ').append(quote(v.type().spelled()));
      appendSpecs(sb, v.specs());
      if (v.init() != null) {
        sb.append(" cinit");
      }
      return sb.toString();
    }
    if (n instanceof Decl.Param p) {
      return (p.name().isEmpty() ? "" : p.name() + " ") + quote(p.type().spelled());
    }
    if (n instanceof Decl.Namespace ns) {
      return ns.name().isEmpty() ? "(anonymous)" : ns.name();
    }
    if (n instanceof Decl.Linkage l) {
      return l.language();
    }
    if (n instanceof Decl.Using u) {
      return u.kind() + " " + u.name() + (u.type() == null ? "" : " " + quote(u.type().spelled()));
    }
    if (n instanceof Decl.Typedef t) {
      return t.name() + " " + quote(t.type().spelled());
    }
    if (n instanceof Decl.Record r) {
      return r.tag() + " " + (r.name().isEmpty() ? "(anonymous)" : r.name()) + (r.complete() ? " definition" : "");
    }
    if (n instanceof Decl.Enum e) {
      return (e.scoped() ? "class " : "") + (e.name().isEmpty() ? "(anonymous)" : e.name());
    }
    if (n instanceof Decl.Enumerator e) {
      return e.name();
    }
    if (n instanceof Decl.TemplateParam p) {
      String s = p.kind().equals("value") ? p.name() + " " + quote(p.type().spelled()) : p.kind() + " " + p.name();
      return (p.pack() ? s + " ..." : s) + (p.defaultArg() != null ? " default" : "");
    }
    if (n instanceof Decl.Instantiation i) {
      return i.isExtern() ? "extern" : "";
    }
    if (n instanceof Decl.Access a) {
      return a.access();
    }
    if (n instanceof Decl.MacroUse m) {
      return m.name();
    }
    if (n instanceof Decl.Opaque o) {
      return quote(o.reason());
    }
    return "";
  }

  static String signature(Decl.Function f) {
    StringBuilder sb = new StringBuilder(f.returnType() == null ? "void" : f.returnType().spelled());
    sb.append(" (");
    for (int i = 0; i < f.params().size(); i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(f.params().get(i).type().spelled());
    }
    if (f.variadic()) {
      sb.append(f.params().isEmpty() ? "..." : ", ...");
    }
    return sb.append(')').toString();
  }

  private static void appendSpecs(StringBuilder sb, Specifiers s) {
    String words = s.describe();
    if (!words.isEmpty()) {
      sb.append(' ').append(words);
    }
    if (!s.launchBounds().isEmpty()) {
      sb.append(" __launch_bounds__(").append(ExpressionNames.args(List.copyOf(s.launchBounds()))).append(')');
    }
  }

  private void preprocessor() {
    for (Include inc : unit.preprocessor().includes()) {
      if (inc.includedFrom().isPresent() && !inc.includedFrom().get().equals(unit.file())) {
        continue;
      }
      out.append("InclusionDirective <").append(inc.line()).append("> ")
          .append(inc.system() ? "<" + inc.spelled() + ">" : "\"" + inc.spelled() + "\"")
          .append(inc.system() ? " system" : inc.resolved().isPresent() ? " found" : " not found").append('\n');
    }
    for (Macro m : unit.preprocessor().macros().values()) {
      if (m.tokenIndex() < 0) {
        continue;
      }
      out.append("MacroDefinition <").append(m.line()).append("> ").append(m.name());
      if (m.functionLike()) {
        out.append('(').append(String.join(", ", m.params())).append(m.variadic() ? ", ..." : "").append(')');
      }
      out.append(' ').append(quote(m.body()));
      if (m.body().contains("<<<")) {
        out.append(" launch");
      }
      out.append('\n');
    }
    for (Region r : unit.preprocessor().inactiveRegions()) {
      out.append("InactiveRegion <").append(r.firstLine()).append('-').append(r.lastLine()).append("> ")
          .append(r.condition()).append('\n');
    }
  }
}
