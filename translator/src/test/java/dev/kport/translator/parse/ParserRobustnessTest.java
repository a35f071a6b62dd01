package dev.kport.translator.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kport.translator.parse.tree.Node;
import dev.kport.translator.testing.RandomSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The front end returns a well-formed result for any input whatsoever; it never throws. */
class ParserRobustnessTest {

  private static final Path FILE = Path.of("fuzz.cu");

  private static final List<String> VOCABULARY = List.of("template", "<", ">", ">>", ">>>", "<<<", "typename", "T",
      "int", "float", "(", ")", "{", "}", "[", "]", ";", ",", "::", "*", "&", "=", "+", "?", ":", "__global__",
      "__device__", "__shared__", "struct", "class", "operator", "return", "if", "else", "for", "x", "k", "42",
      "1.0f", "\"s\"", "#if 1\n", "#else\n", "#endif\n", "#define M(a) a\n", "[=]", "sizeof", "static_cast",
      "extern", "\"C\"", "namespace", "using", "typedef", "enum", "~", "->", ".", "...", "\n", "//c\n");

  @Test
  void anyTextParses() {
    RandomSource.forAll(0x9a1L, 400, r -> r.anyString(600), ParserRobustnessTest::assertParses);
  }

  @Test
  void anyBytesParse() {
    RandomSource.forAll(0x9a2L, 300, r -> r.latin1Bytes(600), ParserRobustnessTest::assertParses);
  }

  @Test
  void everyTruncationOfARealFileParses() {
    List<String> sources = realSources();
    RandomSource.forAll(0x9a3L, 400, r -> r.truncation(sources), ParserRobustnessTest::assertParses);
  }

  @Test
  void anySequenceOfCudaTokensParses() {
    RandomSource.forAll(0x9a4L, 400, r -> r.pieces(VOCABULARY, 120, " "), ParserRobustnessTest::assertParses);
  }

  private static void assertParses(String text) {
    assertWellFormed(FrontEnd.parse(FILE, text, List.of(), Map.of()));
  }

  /** The kernels of the corpus and the CHECK inputs: real code to cut at every point. */
  static List<String> realSources() {
    List<String> out = new ArrayList<>();
    try {
      for (Path p : KernelCorpusTest.corpusFiles()) {
        out.add(Files.readString(p));
      }
      try (Stream<Path> s = Files.list(FrontEndCheckTest.folder())) {
        for (Path p : s.filter(x -> x.toString().endsWith(".cu")).toList()) {
          out.add(Files.readString(p));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  /** Every node spans tokens that exist, children inside their parents, and dumping works. */
  static void assertWellFormed(ParsedUnit unit) {
    int size = unit.tokens().size();
    ParsedUnit.walk(unit.tree(), n -> {
      if (n == unit.tree()) {
        return;
      }
      assertThat(n.first()).as(n.getClass().getSimpleName()).isBetween(0, Math.max(0, size - 1));
      assertThat(n.last()).as(n.getClass().getSimpleName()).isLessThan(Math.max(1, size));
      for (Node child : n.children()) {
        assertThat(child.first()).as(child.getClass().getSimpleName() + " in " + n.getClass().getSimpleName())
            .isGreaterThanOrEqualTo(n.first());
      }
    });
    assertThat(AstDumper.dump(unit)).startsWith("TranslationUnit");
    unit.diagnostics().forEach(d -> assertThat(d.code()).matches("KP1\\d{3}"));
  }
}
