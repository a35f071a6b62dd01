package dev.kport.translator.parse;

import dev.kport.translator.diag.Diagnostic;
import dev.kport.translator.lex.Lexer;
import dev.kport.translator.lex.TokenList;
import dev.kport.translator.lex.Token;
import dev.kport.translator.parse.tree.TranslationUnit;
import dev.kport.translator.preprocess.Preprocessor;
import dev.kport.translator.preprocess.PreprocessorView;
import dev.kport.translator.sema.SemanticModel;
import dev.kport.translator.sema.Sema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Lex, preprocess view, parse and sema in one call: what translation rules start from. Never throws. */
public final class FrontEnd {

  private FrontEnd() {}

  /**
   * @param file the file's path, for diagnostics and for resolving its quoted includes
   * @param includeDirs {@code -I} folders
   * @param defines {@code -D} values (empty value means 1)
   */
  public static ParsedUnit parse(Path file, String source, List<Path> includeDirs, Map<String, String> defines) {
    return parse(file, source, new Preprocessor.Config(includeDirs, defines, 900));
  }

  public static ParsedUnit parse(Path file, String source, Preprocessor.Config config) {
    List<Token> tokens = Lexer.lex(source);
    PreprocessorView view = Preprocessor.run(file, tokens, config);
    Parser.Result parsed = Parser.parse(file.toString(), tokens, view);
    TranslationUnit tree = parsed.unit();
    SemanticModel model = Sema.analyze(tree, view::expand, tokens instanceof TokenList list ? list : null);
    List<Diagnostic> diagnostics = new ArrayList<>(view.diagnostics().size() + parsed.diagnostics().size());
    diagnostics.addAll(view.diagnostics());
    diagnostics.addAll(parsed.diagnostics());
    return new ParsedUnit(file, source, tokens, view, tree, model, diagnostics);
  }
}
