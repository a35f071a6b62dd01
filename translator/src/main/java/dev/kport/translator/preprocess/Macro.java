package dev.kport.translator.preprocess;

import java.util.List;

/**
 * One {@code #define}.
 *
 * @param params parameter names of a function-like macro; empty for an object-like one
 * @param functionLike whether the name was directly followed by {@code (}
 * @param body the replacement text, trimmed, comments removed
 * @param origin where it came from: a file path, {@code -D}, or {@code builtin}
 * @param line 1-based line of the {@code #define} in its origin, 0 for -D and builtins
 * @param tokenIndex index of the directive token in the main file's tokens, or -1
 */
public record Macro(String name, List<String> params, boolean functionLike, boolean variadic, String body,
    String origin, int line, int tokenIndex) {

  public Macro {
    params = List.copyOf(params);
  }

  public static Macro objectLike(String name, String body, String origin) {
    return new Macro(name, List.of(), false, false, body, origin, 0, -1);
  }
}
