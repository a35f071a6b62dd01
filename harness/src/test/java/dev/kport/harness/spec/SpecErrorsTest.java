package dev.kport.harness.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file under {@code specs/errors/} is a broken spec that says, lit-style, what the loader
 * must report: {@code # key:} and {@code # error:} header lines, and a {@code # <- here}
 * comment on the line the error must point at. One file per kind of mistake.
 */
class SpecErrorsTest {

  private static final Path DIR = Path.of("src/test/resources/specs/errors");

  static Stream<Path> brokenSpecs() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenSpecs")
  void reportsOneLineNamingFileLineAndKey(Path spec) throws IOException {
    List<String> lines = Files.readAllLines(spec);
    String key = header(lines, "# key:");
    String error = header(lines, "# error:");
    int line = marked(lines);

    SpecException e = catchThrowableOfType(SpecException.class, () -> SpecLoader.load(spec));

    assertThat(e).as("loading %s should fail", spec).isNotNull();
    assertThat(e.getMessage())
        .isEqualTo(spec + ":" + line + ": " + (key.isEmpty() ? "" : key + ": ") + error)
        .doesNotContain("\n");
    assertThat(e.file()).isEqualTo(spec);
    assertThat(e.line()).isEqualTo(line);
    assertThat(e.key()).isEqualTo(key);
  }

  private static String header(List<String> lines, String prefix) {
    return lines.stream().filter(l -> l.startsWith(prefix)).findFirst()
        .map(l -> l.substring(prefix.length()).strip())
        .orElseThrow(() -> new AssertionError("no '" + prefix + "' line"));
  }

  private static int marked(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).endsWith("# <- here")) {
        return i + 1;
      }
    }
    throw new AssertionError("no line marked '# <- here'");
  }
}
