package dev.kport.translator.hip;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kport.translator.Target;
import dev.kport.translator.TranslateOptions;
import dev.kport.translator.Translation;
import dev.kport.translator.Translator;
import dev.kport.translator.testing.CheckFile;
import dev.kport.translator.testing.CheckRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

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

  static void check(Path file) throws IOException {
    CheckFile expectations = CheckFile.read(file, Files.readString(file));
    TranslateOptions options = new TranslateOptions(Target.HIP, expectations.includeDirs(), expectations.defines(),
        expectations.entries());
    Translation t = Translator.translate(file, options);
    CheckRunner.verify(expectations, file, t.output(), t.diagnostics());
  }
}
