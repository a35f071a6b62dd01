package dev.kport.translator.opencl;

import dev.kport.translator.emit.SourceText;
import dev.kport.translator.outline.Item;

/**
 * A file-scope {@code const} variable that device code reads (CUDA lets kernels use such
 * constants) becomes a {@code __constant} variable: OpenCL C allows no other program-scope data.
 */
final class HostConstantRule {

  private HostConstantRule() {}

  static void apply(SourceText text, Item item) {
    for (int j = item.first(); j <= item.last(); j++) {
      if (text.token(j).is("static")) {
        Signatures.deleteWord(text, j);
      } else if (text.token(j).is("constexpr")) {
        text.edits().replace(j, "const");
      } else if (text.token(j).is("=") || text.token(j).is("{")) {
        break;
      }
    }
    text.edits().insertBefore(item.first(), "__constant ");
  }
}
