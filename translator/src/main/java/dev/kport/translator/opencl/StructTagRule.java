package dev.kport.translator.opencl;

import dev.kport.translator.emit.SourceText;
import dev.kport.translator.outline.Declaration;
import dev.kport.translator.outline.Declarations;
import dev.kport.translator.outline.Tokens;
import java.util.Set;

/**
 * C++ type names in C: {@code struct Pair {...};} makes {@code Pair} a type name in C++ but only
 * a tag in OpenCL C, so a {@code typedef struct Pair Pair;} follows it; {@code using Name = T;}
 * becomes {@code typedef T Name;}.
 */
final class StructTagRule {

  private static final Set<String> TAGS = Set.of("struct", "union", "enum");

  private StructTagRule() {}

  static void apply(SourceText text, Declaration.Type type) {
    int alias = Declarations.aliasName(text.tokens(), type.item().first(), type.item().last());
    if (alias >= 0 && text.token(type.item().last()).is(";")) {
      // C++ 'using Name = type;' is C's 'typedef type Name;'
      int equals = Tokens.nextSignificant(text.tokens(), alias + 1);
      text.edits().replace(type.item().first(), equals + 1, "typedef");
      text.edits().replace(type.item().last(), " " + text.token(alias).text() + ";");
      return;
    }
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
