package dev.kport.translator.hip;

import dev.kport.translator.lex.Lexer;
import dev.kport.translator.lex.Token;
import dev.kport.translator.lex.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The expectations written inline in a HIP CHECK-style test input, in the OpenCL check files'
 * format: {@code // CHECK: text} in order, {@code // CHECK-NOT: text} not between the surrounding
 * CHECKs, {@code // CHECK-ABSENT: text} nowhere, {@code // DIAG: KPnnnn} on this line (after code)
 * or anywhere (on its own line); every diagnostic must be expected. Blanks compare loosely.
 */
record HipCheckFile(List<Step> steps, List<ExpectedDiagnostic> diagnostics) {

  record Step(Kind kind, String text, int line) {}

  enum Kind { CHECK, NOT, ABSENT }

  /** {@code line} is 0 when the diagnostic may be anywhere. */
  record ExpectedDiagnostic(String code, int line) {}

  static final Pattern DIRECTIVE = Pattern.compile("^//\\s*(CHECK-NOT|CHECK-ABSENT|CHECK|DIAG):(.*)$");

  static HipCheckFile read(String source) {
    List<Step> steps = new ArrayList<>();
    List<ExpectedDiagnostic> diagnostics = new ArrayList<>();
    boolean codeOnLine = false;
    for (Token t : Lexer.lex(source)) {
      if (t.kind() == TokenKind.NEWLINE) {
        codeOnLine = false;
      } else if (!t.isTrivia()) {
        codeOnLine = true;
      }
      String comment = t.kind() == TokenKind.LINE_COMMENT ? t.text()
          : t.kind() == TokenKind.DIRECTIVE && t.text().contains("//") ? t.text().substring(t.text().indexOf("//")) : "";
      Matcher m = DIRECTIVE.matcher(comment);
      if (!m.matches()) {
        continue;
      }
      String value = m.group(2).strip();
      switch (m.group(1)) {
        case "CHECK" -> steps.add(new Step(Kind.CHECK, value, t.line()));
        case "CHECK-NOT" -> steps.add(new Step(Kind.NOT, value, t.line()));
        case "CHECK-ABSENT" -> steps.add(new Step(Kind.ABSENT, value, t.line()));
        default -> {
          for (String code : value.split("[\\s,]+")) {
            diagnostics.add(new ExpectedDiagnostic(code, codeOnLine ? t.line() : 0));
          }
        }
      }
    }
    return new HipCheckFile(steps, diagnostics);
  }

  /** The output without the test's own directive comments, blanks collapsed. */
  static String searchable(String output) {
    StringBuilder sb = new StringBuilder();
    for (Token t : Lexer.lex(output)) {
      if (t.kind() == TokenKind.LINE_COMMENT && DIRECTIVE.matcher(t.text()).matches()) {
        continue;
      }
      String text = t.text();
      if (t.kind() == TokenKind.DIRECTIVE && text.contains("//") && DIRECTIVE.matcher(text.substring(text.indexOf("//"))).matches()) {
        text = text.substring(0, text.indexOf("//"));
      }
      sb.append(text);
    }
    return collapse(sb.toString());
  }

  static String collapse(String s) {
    return s.replaceAll("[ \\t]+", " ");
  }
}
