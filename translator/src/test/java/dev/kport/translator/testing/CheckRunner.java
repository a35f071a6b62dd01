package dev.kport.translator.testing;

import dev.kport.translator.diag.Diagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.opentest4j.AssertionFailedError;

/** Holds a translation to the expectations of its CHECK file, for every target's CHECK tests. */
public final class CheckRunner {

  private CheckRunner() {}

  /** Fails with the output and diagnostics attached when any CHECK, CHECK-NOT, CHECK-ABSENT or DIAG fails. */
  public static void verify(CheckFile expectations, Path file, String output, List<Diagnostic> diagnostics) {
    String context = "\n--- output of " + file.getFileName() + " ---\n" + output + "--- diagnostics ---\n"
        + diagnostics.stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
    checkText(expectations, CheckFile.searchable(output), context);
    checkDiagnostics(expectations, file, diagnostics, context);
  }

  private static void checkText(CheckFile expectations, String output, String context) {
    int pos = 0;
    List<CheckFile.Step> pendingNots = new ArrayList<>();
    for (CheckFile.Step step : expectations.steps()) {
      String wanted = CheckFile.collapse(step.text());
      if (step.kind() == CheckFile.Kind.ABSENT) {
        assertAbsent(List.of(step), output, context);
        continue;
      }
      if (step.kind() == CheckFile.Kind.NOT) {
        pendingNots.add(step);
        continue;
      }
      int at = output.indexOf(wanted, pos);
      if (at < 0) {
        throw new AssertionFailedError("line " + step.line() + ": CHECK: " + step.text() + " not found"
            + (pos > 0 ? " after the previous CHECK" : "") + context);
      }
      assertAbsent(pendingNots, output.substring(pos, at), context);
      pendingNots.clear();
      pos = at + wanted.length();
    }
    assertAbsent(pendingNots, output.substring(pos), context);
  }

  private static void assertAbsent(List<CheckFile.Step> nots, String region, String context) {
    for (CheckFile.Step not : nots) {
      if (region.contains(CheckFile.collapse(not.text()))) {
        throw new AssertionFailedError("line " + not.line() + ": " + not.kind() + ": " + not.text() + " was found"
            + context);
      }
    }
  }

  private static void checkDiagnostics(CheckFile expectations, Path file, List<Diagnostic> actual, String context) {
    List<Diagnostic> unclaimed = new ArrayList<>(actual);
    List<String> missing = new ArrayList<>();
    for (CheckFile.ExpectedDiagnostic e : expectations.diagnostics()) {
      Diagnostic match = unclaimed.stream().filter(d -> d.code().equals(e.code())
          && (e.line() == 0 || (d.line() == e.line() && d.file().equals(file.toString())))).findFirst().orElse(null);
      if (match == null) {
        missing.add(e.code() + (e.line() == 0 ? "" : " on line " + e.line()));
      } else {
        unclaimed.remove(match);
      }
    }
    if (!missing.isEmpty() || !unclaimed.isEmpty()) {
      throw new AssertionFailedError("expected diagnostics not given: " + missing + "; unexpected: "
          + unclaimed.stream().map(Diagnostic::format).toList() + context);
    }
  }
}
