package dev.kport.translator.opencl;

import dev.kport.translator.emit.SourceText;
import dev.kport.translator.lex.TokenKind;
import java.util.Set;

/**
 * Names OpenCL C reserves get a trailing underscore, at every use alike: CUDA variables called
 * {@code local} or {@code global} (keywords in OpenCL C), and user functions named like an
 * OpenCL built-in ({@code clamp}, {@code dot}), which OpenCL would take as a clashing overload.
 */
final class ReservedNameRule implements ExpressionRule {

  private final Set<String> clashingFunctions;

  ReservedNameRule(Set<String> clashingFunctions) {
    this.clashingFunctions = clashingFunctions;
  }

  static String renamed(String name) {
    return name + "_";
  }

  @Override
  public void apply(SourceText text, int from, int to) {
    for (int j = from; j < to; j++) {
      if (LexedTokens.kind(text.tokens(), j) != TokenKind.IDENTIFIER) {
        continue; // only a name can be a keyword or a clashing function
      }
      String name = text.token(j).text();
      boolean clash = clashingFunctions.contains(name) && !ThreadIndexRule.isMember(text, j, from);
      if (text.token(j).isIdentifier() && (OpenClNames.isKeyword(name) || clash)) {
        text.edits().replace(j, renamed(name));
      }
    }
  }
}
