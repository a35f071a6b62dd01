package dev.kport.harness.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Finds the built-in kernel corpus: the source tree's folder when kport runs from a checkout
 * (KPORT_HOME, set by the launcher), else the copy inside the jar, unpacked to a temporary folder.
 */
final class Corpus {

  static final String IN_TREE = "kernels/src/main/resources/kernels";
  private static final String IN_JAR = "kernels/";

  private Corpus() {}

  static Path locate() throws IOException {
    Optional<Path> tree = Optional.ofNullable(System.getenv("KPORT_HOME")).map(h -> Path.of(h, IN_TREE))
        .filter(Files::isDirectory);
    if (tree.isPresent()) {
      return tree.get();
    }
    return unpackFromJar();
  }

  private static Path unpackFromJar() throws IOException {
    Path jar;
    try {
      jar = Path.of(Corpus.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IOException("cannot locate the kport jar: " + e.getMessage(), e);
    }
    if (!Files.isRegularFile(jar)) {
      throw new IOException("the built-in kernels are not found: set KPORT_HOME to a kport checkout");
    }
    Path dir = Files.createTempDirectory("kport-corpus-");
    try (JarFile jf = new JarFile(jar.toFile())) {
      Enumeration<JarEntry> entries = jf.entries();
      while (entries.hasMoreElements()) {
        JarEntry e = entries.nextElement();
        if (!e.getName().startsWith(IN_JAR) || e.isDirectory()) {
          continue;
        }
        Path target = dir.resolve(e.getName()).normalize();
        if (!target.startsWith(dir)) {
          continue; // an entry pointing outside the folder is never unpacked
        }
        Files.createDirectories(target.getParent());
        try (InputStream in = jf.getInputStream(e)) {
          Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    return dir.resolve(IN_JAR);
  }
}
