package dev.kport.translator.opencl;

import dev.kport.translator.diag.Code;
import dev.kport.translator.emit.SourceText;
import dev.kport.translator.lex.Token;
import dev.kport.translator.outline.Tokens;
import java.util.Map;

/**
 * {@code __syncthreads()} to a work-group barrier fencing both memories (CUDA's barrier orders
 * shared and global accesses alike), and the {@code __threadfence} family to {@code mem_fence}.
 */
final class BarrierRule implements ExpressionRule {

  private static final String BOTH = "CLK_LOCAL_MEM_FENCE | CLK_GLOBAL_MEM_FENCE";
  private static final Map<String, String> CALLS = Map.of(
      "__syncthreads", "barrier(" + BOTH + ")",
      "__threadfence_block", "mem_fence(" + BOTH + ")",
      "__threadfence", "mem_fence(" + BOTH + ")",
      "__threadfence_system", "mem_fence(" + BOTH + ")");

  @Override
  public void apply(SourceText text, int from, int to) {
    for (int j = from; j < to; j++) {
      if (!LexedTokens.startsWith(text.tokens(), j, "__")) {
        continue; // every name rewritten here starts with two underscores
      }
      Token t = text.token(j);
      String replacement = CALLS.get(t.text());
      if (replacement == null || ThreadIndexRule.isMember(text, j, from)) {
        continue;
      }
      int open = Tokens.nextSignificant(text.tokens(), j + 1, to);
      int close = open < 0 ? -1 : Tokens.nextSignificant(text.tokens(), open + 1, to);
      if (!Tokens.is(text.tokens(), open, "(") || !Tokens.is(text.tokens(), close, ")")) {
        continue; // not a call (a macro argument, a name): nothing to rewrite
      }
      text.edits().replace(j, close + 1, replacement);
      if (t.text().equals("__threadfence") || t.text().equals("__threadfence_system")) {
        text.report(Code.WEAKER_FENCE, j, "'" + t.text() + "()' became mem_fence(), which is weaker");
      }
      j = close;
    }
  }
}
