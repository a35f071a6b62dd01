package dev.kport.kernels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every kernel folder is whole: a spec, the CUDA source it names, and a registered reference model. */
class CorpusCompletenessTest {

  @Test
  void theCorpusIsNotEmpty() {
    assertThat(CorpusFolders.all()).as("kernel folders under " + CorpusFolders.root()).isNotEmpty();
  }

  @TestFactory
  Stream<DynamicTest> everyKernelFolderIsComplete() {
    return CorpusFolders.all().stream().map(f -> dynamicTest(f.name(), () -> assertComplete(f)));
  }

  private static void assertComplete(CorpusFolders.Folder f) {
    assertThat(f.specFile()).as("the spec of " + f.name()).isRegularFile();
    JsonNode spec = f.spec();
    assertThat(spec.path("name").asText()).as("name in " + f.specFile()).isEqualTo(f.name());

    String source = spec.path("source").asText();
    assertThat(source).as("source in " + f.specFile()).endsWith(".cu");
    assertThat(f.dir().resolve(source)).as("the source " + f.specFile() + " names").isRegularFile();

    JsonNode reference = spec.path("check").path("reference");
    assertThat(reference.isTextual())
        .as("check.reference in " + f.specFile() + " names a Java model (got " + reference + ")").isTrue();
    assertThat(ReferenceModels.byName(reference.asText()))
        .as("a reference model named '" + reference.asText() + "' registered in META-INF/services")
        .isPresent();

    for (JsonNode include : spec.path("includes")) {
      assertThat(Files.isDirectory(f.dir().resolve(include.asText())))
          .as("include folder " + include.asText() + " of " + f.name()).isTrue();
    }
  }
}
