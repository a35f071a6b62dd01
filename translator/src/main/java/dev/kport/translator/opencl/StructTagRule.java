package dev.kport.translator.opencl;

import dev.kport.translator.emit.SourceText;
import dev.kport.translator.outline.Declaration;
import dev.kport.translator.outline.Tokens;
import java.util.Set;

/**
 * In C++ {@code struct Pair {...};} makes {@code Pair} a type name; in OpenCL C it only names a
 * tag. A {@code typedef struct Pair Pair;} after the declaration lets the code keep saying
 * {@code Pair}.
 */
final class StructTagRule {

  private static final Set<String> TAGS = Set.of("struct", "union", "enum");

  private StructTagRule() {}

  static void apply(SourceText text, Declaration.Type type) {
    if (type.words().contains("typedef")) {
      return;
    }
    int last = type.item().last();
    for (int j = type.item().first(); j < last; j++) {
      if (text.token(j).isIdentifier() && TAGS.contains(text.token(j).text())) {
        int name = Tokens.nextSignificant(text.tokens(), j + 1, last);
        if (name < 0 || !text.token(name).isIdentifier() || !text.token(last).is(";")) {
          return;
        }
        String tag = text.token(j).text() + " " + text.token(name).text();
        // replacing the ';' rather than inserting after it keeps the typedef on this item's line
        text.edits().replace(last, "; typedef " + tag + " " + text.token(name).text() + ";");
        return;
      }
    }
  }
}
