package dev.kport.translator.diag;

import java.util.Locale;

/**
 * One finding of the translator, printed like a compiler's:
 * {@code file:line:col: warning: message [KPnnnn]}.
 *
 * @param file the source file as the user named it
 * @param line 1-based
 * @param column 1-based
 * @param code stable identifier, {@code KP} and four digits
 * @param hint how to fix it, or empty
 */
public record Diagnostic(String file, int line, int column, Severity severity, String code, String message, String hint) {

  public enum Severity { NOTE, WARNING, ERROR }

  /** The compiler-style line, with the hint on a second line when there is one. */
  public String format() {
    String head = file + ":" + line + ":" + column + ": " + severity.name().toLowerCase(Locale.ROOT) + ": "
        + message + " [" + code + "]";
    return hint.isEmpty() ? head : head + "\n  hint: " + hint;
  }
}
