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
  /** Changes whenever {@link #templateParams} does: a {@link Written}'s dependence holds for one version. */
  private int templateParamsVersion;
  /**
   * Base type spellings seen through macros and made canonical. A file writes the same few bases
   * ({@code float}, {@code unsigned int}, {@code DATA_TYPE}) again and again, and the macros do
   * not change during the walk, so each spelling is worked out once.
   */
  private final Map<String, Written> baseNames = new HashMap<>(64);

  /** A written base spelling's semantic base, and the last type made from it. */
  private static final class Written {
    final String base;
    /**
     * Types are values, so declarations in a row of the same type ({@code int i, j}, a kernel's
     * {@code float *} parameters) share one instead of each making its own.
     */
    Type last;
    /**
     * Whether the base mentions a template parameter, for the template parameters of version
     * {@link #dependentVersion}: a template body writes its few types again and again, and
     * each was scanned word by word at each use.
     */
    boolean dependent;
    int dependentVersion = -1;

    Written(String base) {
      this.base = base;
    }
  }

  WrittenTypes(Function<String, Optional<String>> macros) {
    this.macros = macros;
  }

  Type of(TypeName t, AddressSpace space) {
    Written w = baseNames.get(t.base());
    if (w == null) {
      w = new Written(semanticBase(t.base()));
      baseNames.put(t.base(), w);
    }
    boolean dependent = !templateParams.isEmpty() && dependent(w);
    int arrayDims = t.arrayDims().size();
    boolean reference = t.ref() > 0;
    Type last = w.last;
    if (last != null && last.pointers() == t.pointers() && last.isConst() == t.isConst()
        && last.isVolatile() == t.isVolatile() && last.arrayDims() == arrayDims && last.reference() == reference
        && last.space() == space && last.dependent() == dependent) {
      return last;
    }
    w.last = new Type(w.base, t.pointers(), t.isConst(), t.isVolatile(), arrayDims, reference, space, dependent);
    return w.last;
  }

  /** Whether {@code name} was not a template parameter in scope already (then it is one now). */
  boolean enterTemplateParam(String name) {
    boolean added = templateParams.add(name);
    if (added) {
      templateParamsVersion++;
    }
    return added;
  }

  void leaveTemplateParams(List<String> names) {
    if (templateParams.removeAll(names)) {
      templateParamsVersion++;
    }
  }

  /** {@link #mentionsTemplateParam} of a written base, worked out once per version of the parameters. */
  private boolean dependent(Written w) {
    if (w.dependentVersion != templateParamsVersion) {
      w.dependent = mentionsTemplateParam(w.base);
      w.dependentVersion = templateParamsVersion;
    }
    return w.dependent;
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
