package dev.kport.translator.opencl;

import dev.kport.translator.emit.SourceText;
import dev.kport.translator.lex.Lexer;
import dev.kport.translator.lex.Token;
import dev.kport.translator.preprocess.Directive;
import java.util.List;

/**
 * Applies the expression rules to a {@code #define}'s replacement text, so a macro such as
 * {@code #define TID threadIdx.x} still works in OpenCL. The directive is one token; its body is
 * lexed again and placed back at its position in the file for diagnostics.
 */
final class DefineBodyRule {

  private DefineBodyRule() {}

  static void apply(SourceText text, int directiveIndex, Directive directive, List<ExpressionRule> rules) {
    if (directive.kind() != Directive.Kind.DEFINE || directive.bodyOffset() < 0) {
      return;
    }
    Token token = text.token(directiveIndex);
    String head = token.text().substring(0, directive.bodyOffset());
    String body = token.text().substring(directive.bodyOffset());
    List<Token> tokens = Lexer.lex(body);
    SourceText bodyText = new SourceText(text.file(), tokens, text.diagnostics(), token.line(),
        token.column() + head.length());
    for (ExpressionRule rule : rules) {
      rule.apply(bodyText, 0, tokens.size());
    }
    String rewritten = bodyText.edits().render(0, tokens.size());
    if (!rewritten.equals(body)) {
      text.edits().replace(directiveIndex, head + rewritten);
    }
  }
}
