package dev.kport.translator.testing;

import dev.kport.translator.lex.Lexer;
import dev.kport.translator.lex.Token;
import dev.kport.translator.lex.TokenKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The expectations written inline in a CHECK-style test input, read from its comments:
 * <ul>
 *   <li>{@code // CHECK: text} must appear in the output, after the previous CHECK's match;
 *   <li>{@code // CHECK-NOT: text} must not appear between the surrounding CHECK matches;
 *   <li>{@code // CHECK-ABSENT: text} must not appear anywhere in the output;
 *   <li>{@code // DIAG: KPnnnn ...} diagnostics with these codes: on this line when the comment follows
 *       code, anywhere when the comment stands on its own line; every diagnostic must be expected;
 *   <li>{@code // ENTRY: name} translate only this kernel (repeatable);
 *   <li>{@code // INCLUDE-DIR: path} an {@code -I} folder relative to the test file;
 *   <li>{@code // DEFINE: NAME=value} a {@code -D} for the translation (repeatable).
 * </ul>
 * Blanks are compared loosely: any run of spaces and tabs matches any other.
 */
public record CheckFile(Path path, List<Step> steps, List<ExpectedDiagnostic> diagnostics, List<String> entries,
    List<Path> includeDirs, java.util.Map<String, String> defines) {

  /** A CHECK, CHECK-NOT or CHECK-ABSENT. */
  public record Step(Kind kind, String text, int line) {}

  public enum Kind { CHECK, NOT, ABSENT }

  /** {@code line} is 0 when the diagnostic may be anywhere. */
  public record ExpectedDiagnostic(String code, int line) {}

  static final Pattern DIRECTIVE = Pattern.compile("^//\\s*(CHECK-NOT|CHECK-ABSENT|CHECK|DIAG|ENTRY|INCLUDE-DIR|DEFINE):(.*)$");

  public static CheckFile read(Path path, String source) {
    List<Step> steps = new ArrayList<>();
    List<ExpectedDiagnostic> diagnostics = new ArrayList<>();
    List<String> entries = new ArrayList<>();
    List<Path> includeDirs = new ArrayList<>();
    java.util.Map<String, String> defines = new java.util.LinkedHashMap<>();
    boolean codeOnLine = false;
    for (Token t : Lexer.lex(source)) {
      if (t.kind() == TokenKind.NEWLINE) {
        codeOnLine = false;
      } else if (!t.isTrivia()) {
        codeOnLine = true;
      }
      Matcher m = t.kind() == TokenKind.LINE_COMMENT ? DIRECTIVE.matcher(t.text()) : null;
      if (t.kind() == TokenKind.DIRECTIVE && t.text().contains("//")) {
        // a comment after a preprocessor line is part of the directive token
        m = DIRECTIVE.matcher(t.text().substring(t.text().indexOf("//")));
      }
      if (m == null || !m.matches()) {
        continue;
      }
      String value = m.group(2).strip();
      switch (m.group(1)) {
        case "CHECK" -> steps.add(new Step(Kind.CHECK, value, t.line()));
        case "CHECK-NOT" -> steps.add(new Step(Kind.NOT, value, t.line()));
        case "CHECK-ABSENT" -> steps.add(new Step(Kind.ABSENT, value, t.line()));
        case "DIAG" -> {
          for (String code : value.split("[\\s,]+")) {
            diagnostics.add(new ExpectedDiagnostic(code, codeOnLine ? t.line() : 0));
          }
        }
        case "ENTRY" -> entries.add(value);
        case "DEFINE" -> defines.put(value.split("=", 2)[0].strip(), value.contains("=") ? value.split("=", 2)[1].strip()
            : "1");
        default -> includeDirs.add(path.getParent().resolve(value));
      }
    }
    return new CheckFile(path, steps, diagnostics, entries, includeDirs, defines);
  }

  /** The output without the test's own directive comments, blanks collapsed. */
  public static String searchable(String output) {
    StringBuilder sb = new StringBuilder();
    for (Token t : Lexer.lex(output)) {
      boolean directive = t.kind() == TokenKind.LINE_COMMENT && DIRECTIVE.matcher(t.text()).matches();
      if (!directive) {
        sb.append(t.text());
      }
    }
    return collapse(sb.toString());
  }

  public static String collapse(String s) {
    return s.replaceAll("[ \\t]+", " ");
  }
}
