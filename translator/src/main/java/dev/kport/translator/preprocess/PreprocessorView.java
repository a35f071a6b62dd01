package dev.kport.translator.preprocess;

import dev.kport.translator.diag.Diagnostic;
import dev.kport.translator.lex.Token;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What the preprocessor knows about one file: active regions, macros (as they stand at the end
 * of the file), includes, and what a macro means. The source itself is never rewritten.
 */
public final class PreprocessorView {

  private final BitSet inactive;
  private final List<Region> regions;
  private final List<Include> includes;
  private final Map<String, Macro> macros;
  private final List<Diagnostic> diagnostics;
  private final MacroExpander expander;
  private final Map<String, Optional<String>> expansions = new HashMap<>();

  PreprocessorView(BitSet inactive, List<Region> regions, List<Include> includes, Map<String, Macro> macros,
      List<Diagnostic> diagnostics) {
    this.inactive = inactive;
    this.regions = List.copyOf(regions);
    this.includes = List.copyOf(includes);
    this.macros = macros;
    this.diagnostics = List.copyOf(diagnostics);
    this.expander = new MacroExpander(macros);
  }

  /** Whether token {@code index} of the main file is in an active region. */
  public boolean isActive(int index) {
    return !inactive.get(index);
  }

  /**
   * The first inactive token at or after {@code from}, or {@code Integer.MAX_VALUE} when there is
   * none: lets a sweep over all tokens test activity once per region instead of once per token.
   */
  public int nextInactive(int from) {
    int i = inactive.nextSetBit(from);
    return i < 0 ? Integer.MAX_VALUE : i;
  }

  /** The first active token at or after {@code from}. */
  public int nextActive(int from) {
    return inactive.nextClearBit(from);
  }

  public List<Region> inactiveRegions() {
    return regions;
  }

  public List<Include> includes() {
    return includes;
  }

  /** Every macro defined when the file ends, builtins and {@code -D} values included. */
  public Map<String, Macro> macros() {
    return Collections.unmodifiableMap(macros);
  }

  public Optional<Macro> macro(String name) {
    return Optional.ofNullable(macros.get(name));
  }

  public boolean isMacro(String name) {
    return macros.containsKey(name);
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** The full expansion of an object-like macro, e.g. {@code DATA_TYPE} to {@code float}. */
  public Optional<String> expand(String name) {
    Macro m = macros.get(name);
    if (m == null || m.functionLike()) {
      return Optional.empty();
    }
    return expansions.computeIfAbsent(name,
        k -> Optional.of(MacroExpander.join(expander.expand(MacroExpander.significant(k)))));
  }

  /** Any text with macros expanded, e.g. {@code BLOCK * 2} to {@code 256 * 2}. */
  public String expandText(String text) {
    return MacroExpander.join(expander.expand(MacroExpander.significant(text)));
  }

  /** The integer an object-like macro stands for, e.g. {@code BLOCK} is 256, if it is a constant. */
  public OptionalLong integerValue(String name) {
    if (!macros.containsKey(name) || macros.get(name).functionLike()) {
      return OptionalLong.empty();
    }
    // #if reads a leftover name as 0; a macro that means a name (DATA_TYPE is float) has no value
    for (Token t : expander.expand(MacroExpander.significant(name))) {
      if (t.kind() == dev.kport.translator.lex.TokenKind.IDENTIFIER && !t.text().equals("true")
          && !t.text().equals("false")) {
        return OptionalLong.empty();
      }
    }
    return evaluate(name);
  }

  /** Evaluates an integer constant expression the way {@code #if} would. */
  public OptionalLong evaluate(String expression) {
    try {
      List<Token> toks = MacroExpander.significant(expression);
      return OptionalLong.of(new ConditionEvaluator(macros, expander).evaluate(toks));
    } catch (ConditionEvaluator.BadCondition | RuntimeException e) {
      return OptionalLong.empty();
    }
  }
}
