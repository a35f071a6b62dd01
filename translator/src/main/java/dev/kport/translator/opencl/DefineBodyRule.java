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
    // '#define F(local) ...': a parameter renamed in the body must be renamed in the head too
    String newHead = "#" + rewrite(text, head.substring(1), token.line(), token.column() + 1,
        rules.stream().filter(r -> r instanceof ReservedNameRule).toList());
    String newBody = rewrite(text, body, token.line(), token.column() + head.length(), rules);
    if (!newHead.equals(head) || !newBody.equals(body)) {
      text.edits().replace(directiveIndex, newHead + newBody);
    }
  }

  /** {@code part} of a directive, starting at {@code line}:{@code column}, with {@code rules} applied. */
  private static String rewrite(SourceText text, String part, int line, int column, List<ExpressionRule> rules) {
    List<Token> tokens = Lexer.lex(part);
    SourceText partText = new SourceText(text.file(), tokens, text.diagnostics(), line, column);
    for (ExpressionRule rule : rules) {
      rule.apply(partText, 0, tokens.size());
    }
    return partText.edits().render(0, tokens.size());
  }
}
