package dev.kport.kernels;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The kernel folders of the corpus as they sit in the source tree, each with its spec read as a
 * plain YAML tree. The tests read the sources, not the jar, so a half-added kernel is caught
 * before anything is packaged; the harness's own spec loader is deliberately not used (kernels
 * must not depend on harness).
 */
final class CorpusFolders {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private CorpusFolders() {}

  /** One kernel folder; {@code spec} is a missing node when there is no kernel.yaml. */
  record Folder(Path dir, JsonNode spec) {

    String name() {
      return dir.getFileName().toString();
    }

    Path specFile() {
      return dir.resolve("kernel.yaml");
    }

    List<Path> cudaSources() {
      try (Stream<Path> files = Files.list(dir)) {
        return files.filter(f -> f.getFileName().toString().endsWith(".cu")).sorted().toList();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public String toString() {
      return name();
    }
  }

  /** {@code kernels/src/main/resources/kernels}; surefire runs in the module's folder. */
  static Path root() {
    return Path.of(System.getProperty("basedir", ".")).resolve("src/main/resources/kernels");
  }

  static List<Folder> all() {
    try (Stream<Path> dirs = Files.list(root())) {
      return dirs.filter(Files::isDirectory).sorted().map(CorpusFolders::read).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Folder read(Path dir) {
    Path spec = dir.resolve("kernel.yaml");
    if (!Files.isRegularFile(spec)) {
      return new Folder(dir, YAML.missingNode());
    }
    try {
      return new Folder(dir, YAML.readTree(spec.toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + spec + ": " + e.getMessage(), e);
    }
  }
}
