package dev.kport.translator.opencl;

import dev.kport.translator.emit.SourceText;
import dev.kport.translator.outline.Tokens;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CUDA builds vectors with functions, {@code make_float4(a, b, c, d)}; OpenCL with a vector
 * literal, {@code (float4)(a, b, c, d)}. The argument list stays as written.
 */
final class VectorRule implements ExpressionRule {

  private static final Pattern MAKE = Pattern.compile(
      "make_(u?char|u?short|u?int|u?long|float|double|(u?)longlong)([1234])");

  @Override
  public void apply(SourceText text, int from, int to) {
    for (int j = from; j < to; j++) {
      Matcher m = LexedTokens.startsWith(text.tokens(), j, "make_") ? MAKE.matcher(text.token(j).text()) : null;
      if (m == null || !m.matches() || ThreadIndexRule.isMember(text, j, from)
          || !Tokens.is(text.tokens(), Tokens.nextSignificant(text.tokens(), j + 1, to), "(")) {
        continue;
      }
      String base = m.group(2) != null ? m.group(2) + "long" : m.group(1);
      String width = m.group(3).equals("1") ? "" : m.group(3);
      text.edits().replace(j, "(" + base + width + ")");
    }
  }
}
