package dev.kport.translator.opencl;

import dev.kport.translator.emit.SourceText;
import java.util.Set;

/**
 * CUDA code may name a variable {@code local}, {@code global} or {@code kernel}; in OpenCL C those
 * are keywords (short forms of {@code __local}...). Such names get a trailing underscore, every
 * use alike, so the code means what it meant.
 */
final class ReservedWordRule implements ExpressionRule {

  private static final Set<String> OPENCL_ONLY_KEYWORDS = Set.of("global", "local", "constant", "private",
      "kernel", "read_only", "write_only", "read_write", "uniform", "pipe");

  @Override
  public void apply(SourceText text, int from, int to) {
    for (int j = from; j < to; j++) {
      if (text.token(j).isIdentifier() && OPENCL_ONLY_KEYWORDS.contains(text.token(j).text())) {
        text.edits().replace(j, text.token(j).text() + "_");
      }
    }
  }
}
