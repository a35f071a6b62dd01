package dev.kport.translator.sema;

import dev.kport.translator.parse.tree.TypeName;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Types as written in the tree made semantic: macros seen through, one spelling per builtin, template dependence. */
final class WrittenTypes {

  private final Function<String, Optional<String>> macros;
  /** Template parameters in scope where the walk is. */
  private final Set<String> templateParams = new HashSet<>();
  /**
   * Base type spellings seen through macros and made canonical. A file writes the same few bases
   * ({@code float}, {@code unsigned int}, {@code DATA_TYPE}) again and again, and the macros do
   * not change during the walk, so each spelling is worked out once.
   */
  private final Map<String, String> baseNames = new HashMap<>(64);

  WrittenTypes(Function<String, Optional<String>> macros) {
    this.macros = macros;
  }

  Type of(TypeName t, AddressSpace space) {
    String base = baseNames.get(t.base());
    if (base == null) {
      base = semanticBase(t.base());
      baseNames.put(t.base(), base);
    }
    boolean dependent = !templateParams.isEmpty() && mentionsTemplateParam(base);
    return new Type(base, t.pointers(), t.isConst(), t.isVolatile(), t.arrayDims().size(),
        t.ref() > 0, space, dependent);
  }

  /** Whether {@code name} was not a template parameter in scope already (then it is one now). */
  boolean enterTemplateParam(String name) {
    return templateParams.add(name);
  }

  void leaveTemplateParams(List<String> names) {
    templateParams.removeAll(names);
  }

  private String semanticBase(String written) {
    String base = written;
    if (!base.isEmpty() && Character.isJavaIdentifierStart(base.charAt(0)) && base.indexOf(' ') < 0
        && base.indexOf('<') < 0) {
      Optional<String> expansion = macros.apply(base);
      if (expansion.isPresent() && !expansion.get().isEmpty() && expansion.get().indexOf('*') < 0
          && !expansion.get().equals(base)) {
        base = expansion.get();
      }
    }
    return BuiltinTypes.canonical(base);
  }

  private boolean mentionsTemplateParam(String base) {
    int i = 0;
    while (i < base.length()) {
      char ch = base.charAt(i);
      if (Character.isJavaIdentifierStart(ch)) {
        int j = i + 1;
        while (j < base.length() && Character.isJavaIdentifierPart(base.charAt(j))) {
          j++;
        }
        if (templateParams.contains(base.substring(i, j))) {
          return true;
        }
        i = j;
      } else {
        i++;
      }
    }
    return false;
  }
}
