package dev.kport.translator.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kport.translator.parse.tree.Node;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** The front end returns a well-formed result for any input whatsoever; it never throws. */
class ParserRobustnessProperties {

  private static final Path FILE = Path.of("fuzz.cu");

  @Property(tries = 400)
  void anyTextParses(@ForAll @StringLength(max = 600) String text) {
    assertWellFormed(FrontEnd.parse(FILE, text, List.of(), Map.of()));
  }

  @Property(tries = 300)
  void anyBytesParse(@ForAll @Size(max = 600) byte[] bytes) {
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    assertWellFormed(FrontEnd.parse(FILE, text, List.of(), Map.of()));
  }

  @Property(tries = 400)
  void everyTruncationOfARealFileParses(@ForAll("truncatedSources") String text) {
    assertWellFormed(FrontEnd.parse(FILE, text, List.of(), Map.of()));
  }

  @Property(tries = 400)
  void anySequenceOfCudaTokensParses(@ForAll("tokenSoup") String text) {
    assertWellFormed(FrontEnd.parse(FILE, text, List.of(), Map.of()));
  }

  @Provide
  Arbitrary<String> truncatedSources() {
    List<String> sources = realSources();
    return Arbitraries.of(sources)
        .flatMap(s -> Arbitraries.integers().between(0, s.length()).map(n -> s.substring(0, n)));
  }

  @Provide
  Arbitrary<String> tokenSoup() {
    String[] vocabulary = {"template", "<", ">", ">>", ">>>", "<<<", "typename", "T", "int", "float", "(", ")",
        "{", "}", "[", "]", ";", ",", "::", "*", "&", "=", "+", "?", ":", "__global__", "__device__",
        "__shared__", "struct", "class", "operator", "return", "if", "else", "for", "x", "k", "42", "1.0f",
        "\"s\"", "#if 1\n", "#else\n", "#endif\n", "#define M(a) a\n", "[=]", "sizeof", "static_cast",
        "extern", "\"C\"", "namespace", "using", "typedef", "enum", "~", "->", ".", "...", "\n", "//c\n"};
    return Arbitraries.of(vocabulary).list().ofMaxSize(120).map(words -> String.join(" ", words));
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
