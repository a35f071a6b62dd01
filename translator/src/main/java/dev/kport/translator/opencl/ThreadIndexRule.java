package dev.kport.translator.opencl;

import dev.kport.translator.diag.Code;
import dev.kport.translator.emit.SourceText;
import dev.kport.translator.lex.Token;
import dev.kport.translator.outline.Tokens;
import java.util.Map;

/**
 * {@code threadIdx.x} to {@code ((uint)get_local_id(0))} and likewise for {@code blockIdx},
 * {@code blockDim}, {@code gridDim}. The cast keeps CUDA's unsigned 32-bit arithmetic: OpenCL
 * returns {@code size_t}, which would turn {@code threadIdx.x - 1 < 0} and friends 64-bit.
 */
final class ThreadIndexRule implements ExpressionRule {

  private static final Map<String, String> BUILTINS = Map.of(
      "threadIdx", "get_local_id",
      "blockIdx", "get_group_id",
      "blockDim", "get_local_size",
      "gridDim", "get_num_groups");
  private static final Map<String, String> DIMENSIONS = Map.of("x", "0", "y", "1", "z", "2");

  @Override
  public void apply(SourceText text, int from, int to) {
    for (int j = from; j < to; j++) {
      Token t = text.token(j);
      String function = t.isIdentifier() ? BUILTINS.get(t.text()) : null;
      if (function == null || isMember(text, j, from)) {
        continue;
      }
      int dot = Tokens.nextSignificant(text.tokens(), j + 1, to);
      int component = dot < 0 ? -1 : Tokens.nextSignificant(text.tokens(), dot + 1, to);
      String dimension = component < 0 ? null : DIMENSIONS.get(text.token(component).text());
      if (Tokens.is(text.tokens(), dot, ".") && dimension != null) {
        text.edits().replace(j, component + 1, "((uint)" + function + "(" + dimension + "))");
        j = component;
      } else {
        text.report(Code.BUILTIN_WITHOUT_COMPONENT, j, "'" + t.text()
            + "' is used as a whole; OpenCL has no dim3, only " + function + "(0), (1) and (2)");
      }
    }
  }

  static boolean isMember(SourceText text, int j, int from) {
    int previous = Tokens.previousSignificant(text.tokens(), j - 1, from);
    return previous >= 0 && (text.token(previous).is(".") || text.token(previous).is("->")
        || text.token(previous).is("::"));
  }
}
