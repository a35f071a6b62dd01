package dev.kport.translator.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every kernel of the built-in corpus parses completely: no opaque node, no parser diagnostic. */
class KernelCorpusTest {

  static final Path CORPUS = Path.of("..", "kernels", "src", "main", "resources", "kernels");

  static List<Path> corpusFiles() throws IOException {
    try (Stream<Path> s = Files.walk(CORPUS)) {
      return s.filter(p -> p.toString().endsWith(".cu")).sorted().toList();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyCorpusKernelParsesWithoutOpaqueNodes() throws IOException {
    List<Path> files = corpusFiles();
    assertThat(files).as("kernels under " + CORPUS.toAbsolutePath()).isNotEmpty();
    return files.stream().map(f -> DynamicTest.dynamicTest(CORPUS.relativize(f).toString(), () -> {
      ParsedUnit unit = FrontEnd.parse(f, Files.readString(f), List.of(f.getParent().resolve("include")), Map.of());
      assertThat(unit.opaqueNodes()).as(f + ": " + unit.diagnostics()).isEmpty();
      assertThat(unit.kernels()).as("kernels found in " + f).isNotEmpty();
      assertThat(unit.diagnostics()).noneMatch(d -> d.code().startsWith("KP10"));
    }));
  }
}
