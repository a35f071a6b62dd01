package dev.kport.translator.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * One annotated source per real-world construct under {@code resources/frontend}: its dump must
 * satisfy its CHECK lines, and the parser must have understood every part of it.
 */
class FrontEndCheckTest {

  static Path folder() throws URISyntaxException {
    return Path.of(FrontEndCheckTest.class.getResource("/frontend").toURI());
  }

  @TestFactory
  Stream<DynamicTest> everyAnnotatedFileMatchesItsChecks() throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.list(folder())) {
      files = s.filter(p -> p.toString().endsWith(".cu")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(8);
    return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
  }

  private static void check(Path file) throws IOException {
    String source = Files.readString(file);
    ParsedUnit unit = FrontEnd.parse(file, source, List.of(), Map.of());
    String dump = AstDumper.dump(unit);
    List<CheckFile.Directive> directives = CheckFile.directives(source);
    assertThat(directives).as("CHECK lines in " + file).isNotEmpty();
    String failure = CheckFile.match(directives, dump);
    assertThat(failure).as("dump of " + file.getFileName() + ":\n" + dump).isNull();
    assertThat(unit.opaqueNodes()).as("opaque nodes; diagnostics: " + unit.diagnostics()).isEmpty();
  }

  @Test
  void aFailedCheckIsReported() {
    List<CheckFile.Directive> d = CheckFile.directives("// CHECK: alpha\n// CHECK-NEXT: gamma\n");
    assertThat(CheckFile.match(d, "alpha\nbeta\ngamma")).contains("CHECK-NEXT 'gamma'");
    assertThat(CheckFile.match(CheckFile.directives("// CHECK-NOT: beta\n// CHECK: gamma\n"), "alpha\nbeta\ngamma"))
        .contains("CHECK-NOT 'beta'");
    assertThat(CheckFile.match(d, "alpha\ngamma")).isNull();
  }
}
