package dev.kport.translator.parse;

import dev.kport.translator.lex.Token;
import dev.kport.translator.parse.tree.Decl;
import dev.kport.translator.parse.tree.Node;
import dev.kport.translator.preprocess.PreprocessorView;
import java.util.ArrayList;
import java.util.List;

/** Templates: parameter lists, the templated declaration, explicit instantiations and specialisations. */
abstract class TemplateParser extends StatementParser {

  TemplateParser(String file, List<Token> tokens, PreprocessorView view) {
    super(file, tokens, view);
  }

  /** One declaration at the given scope; the declaration grammar supplies it. */
  abstract List<Decl> declaration(int scope, String className);

  final Decl templateDeclaration(int start, int scope, String className) {
    advance();
    if (c() != Tok.LT) { // explicit instantiation: template void f<float>(float *);
      Decl inner = first(declaration(scope, className));
      return new Decl.Instantiation(inner, false, start, lastIdx());
    }
    List<Decl.TemplateParam> params = templateParameters();
    if ((c() == Tok.K_STRUCT || c() == Tok.K_CLASS || c() == Tok.K_UNION) && c(1) == Tok.IDENT) {
      names.declareTemplate(text(1));
      names.declareType(text(1));
    }
    if (c() == Tok.K_USING && c(1) == Tok.IDENT) {
      names.declareTemplate(text(1));
      names.declareType(text(1));
    }
    // template <...> struct S {...} s; declares a class and a variable: the class is what is templated
    Decl inner = first(declaration(scope, className));
    if (inner instanceof Decl.Function f) {
      names.declareTemplate(f.name());
    } else if (inner instanceof Decl.Var v) {
      names.declareTemplate(v.name());
    }
    return new Decl.Template(params, inner, start, lastIdx());
  }

  final Decl first(List<Decl> decls) {
    return decls.isEmpty() ? new Decl.Empty(lastIdx(), lastIdx()) : decls.get(0);
  }

  private List<Decl.TemplateParam> templateParameters() {
    expect(Tok.LT, "'<'");
    boolean saved = inTemplateArgs;
    inTemplateArgs = true;
    List<Decl.TemplateParam> params = new ArrayList<>();
    while (c() != Tok.GT && c() != Tok.SHR && c() != Tok.EOF) {
      params.add(templateParameter());
      if (!accept(Tok.COMMA)) {
        break;
      }
    }
    inTemplateArgs = saved;
    closeAngle();
    return params;
  }

  private Decl.TemplateParam templateParameter() {
    int start = idx();
    int k = c();
    if (k == Tok.K_TEMPLATE) { // template template parameter
      advance();
      templateParameters();
      advance(); // class or typename
      boolean pack = accept(Tok.ELLIPSIS);
      String name = c() == Tok.IDENT ? identifier("a name") : "";
      names.declareTemplate(name);
      Node def = null;
      if (accept(Tok.ASSIGN)) {
        def = idExpression();
      }
      return new Decl.TemplateParam("template", name, null, def, pack, start, lastIdx());
    }
    if ((k == Tok.K_TYPENAME || k == Tok.K_CLASS) && !(c(1) == Tok.IDENT && c(2) == Tok.SCOPE)) {
      String kind = text();
      advance();
      boolean pack = accept(Tok.ELLIPSIS);
      String name = c() == Tok.IDENT ? identifier("a name") : "";
      names.declareType(name);
      Node def = null;
      if (accept(Tok.ASSIGN)) {
        def = typeId();
      }
      return new Decl.TemplateParam(kind, name, null, def, pack, start, lastIdx());
    }
    DeclSpec ds = declSpecifiers(false);
    if (!ds.hasType) {
      throw error("expected a template parameter");
    }
    Declarator d = declarator(true, false);
    Node def = null;
    if (accept(Tok.ASSIGN)) {
      def = conditional();
    }
    Decl.TemplateParam param = new Decl.TemplateParam("value", d.name, ds.type(d), def, false, start, lastIdx());
    release(d);
    release(ds);
    return param;
  }
}
