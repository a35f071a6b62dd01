package dev.kport.translator.hip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kport.translator.Target;
import dev.kport.translator.TranslateOptions;
import dev.kport.translator.Translation;
import dev.kport.translator.Translator;
import dev.kport.translator.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.opentest4j.AssertionFailedError;

/** Runs every {@code src/test/resources/hip/*.cu}: translate to HIP, then hold the output to its inline expectations. */
class HipCheckTest {

  static final Path INPUTS = Path.of("src", "test", "resources", "hip");

  @TestFactory
  Stream<DynamicTest> everyCheckFile() throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(INPUTS)) {
      files = list.filter(p -> p.toString().endsWith(".cu")).sorted().toList();
    }
    assertThat(files).as("CHECK inputs under " + INPUTS.toAbsolutePath()).isNotEmpty();
    return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), f.toUri(), () -> check(f)));
  }

  private static void check(Path file) throws IOException {
    HipCheckFile expectations = HipCheckFile.read(Files.readString(file));
    Translation t = Translator.translate(file, TranslateOptions.of(Target.HIP));
    String context = "\n--- output of " + file.getFileName() + " ---\n" + t.output() + "--- diagnostics ---\n"
        + t.diagnostics().stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
    checkText(expectations, HipCheckFile.searchable(t.output()), context);
    checkDiagnostics(expectations, file, t.diagnostics(), context);
  }

  private static void checkText(HipCheckFile expectations, String output, String context) {
    int pos = 0;
    List<HipCheckFile.Step> pendingNots = new ArrayList<>();
    for (HipCheckFile.Step step : expectations.steps()) {
      if (step.kind() == HipCheckFile.Kind.ABSENT) {
        assertAbsent(List.of(step), output, context);
      } else if (step.kind() == HipCheckFile.Kind.NOT) {
        pendingNots.add(step);
      } else {
        String wanted = HipCheckFile.collapse(step.text());
        int at = output.indexOf(wanted, pos);
        if (at < 0) {
          throw new AssertionFailedError("line " + step.line() + ": CHECK: " + step.text() + " not found"
              + (pos > 0 ? " after the previous CHECK" : "") + context);
        }
        assertAbsent(pendingNots, output.substring(pos, at), context);
        pendingNots.clear();
        pos = at + wanted.length();
      }
    }
    assertAbsent(pendingNots, output.substring(pos), context);
  }

  private static void assertAbsent(List<HipCheckFile.Step> nots, String region, String context) {
    for (HipCheckFile.Step not : nots) {
      if (region.contains(HipCheckFile.collapse(not.text()))) {
        throw new AssertionFailedError("line " + not.line() + ": " + not.kind() + ": " + not.text() + " was found"
            + context);
      }
    }
  }

  private static void checkDiagnostics(HipCheckFile expectations, Path file, List<Diagnostic> actual, String context) {
    List<Diagnostic> unclaimed = new ArrayList<>(actual);
    List<String> missing = new ArrayList<>();
    for (HipCheckFile.ExpectedDiagnostic e : expectations.diagnostics()) {
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
