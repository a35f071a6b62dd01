package dev.kport.translator.parse;

import dev.kport.translator.diag.Diagnostic;
import dev.kport.translator.lex.Token;
import dev.kport.translator.parse.tree.Decl;
import dev.kport.translator.parse.tree.TranslationUnit;
import dev.kport.translator.preprocess.PreprocessorView;
import java.util.ArrayList;
import java.util.List;

/**
 * The tolerant CUDA C++ parser. It reads the significant tokens of the active preprocessor
 * regions; what it cannot read becomes an opaque node with a KP1xxx diagnostic. It never throws.
 */
public final class Parser extends DeclarationParser {

  /** The tree and what went wrong while building it. */
  public record Result(TranslationUnit unit, List<Diagnostic> diagnostics) {
    public Result {
      diagnostics = List.copyOf(diagnostics);
    }
  }

  private Parser(String file, List<Token> tokens, PreprocessorView view) {
    super(file, tokens, view);
  }

  public static Result parse(String file, List<Token> tokens, PreprocessorView view) {
    Parser parser = new Parser(file, tokens, view);
    try {
      return parser.run();
    } finally {
      parser.releaseArrays();
    }
  }

  private Result run() {
    List<Decl> decls = new ArrayList<>();
    int lastToken = Math.max(0, tokens.size() - 1);
    while (c() != Tok.EOF) {
      int before = p;
      try {
        decls.addAll(declarationSeq(NAMESPACE, ""));
      } catch (RuntimeException | StackOverflowError e) {
        // our own bug or pathological nesting: keep the rest of the file as one opaque run
        int at = idx();
        report("KP1006", "parser gave up here (" + e.getClass().getSimpleName() + ")", at);
        decls.add(new Decl.Opaque("internal parser error", at, lastToken));
        break;
      }
      if (c() == Tok.RBRACE) { // a stray closing brace at file scope
        int at = idx();
        report("KP1004", "unmatched '}'", at);
        decls.add(new Decl.Opaque("unmatched '}'", at, at));
        advance();
      } else if (p == before && c() != Tok.EOF) {
        advance();
      }
    }
    return new Result(new TranslationUnit(decls, 0, tokens.isEmpty() ? -1 : lastToken), diagnostics);
  }
}
