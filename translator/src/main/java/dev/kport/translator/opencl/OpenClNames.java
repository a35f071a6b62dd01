package dev.kport.translator.opencl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Names OpenCL C takes for itself: keywords CUDA code may use as plain names ({@code local},
 * {@code global}...) and the built-in functions (listed in {@code builtins.txt}).
 */
final class OpenClNames {

  private static final Set<String> KEYWORDS = Set.of("global", "local", "constant", "private", "kernel",
      "read_only", "write_only", "read_write", "uniform", "pipe");
  private static final OpenClNames STANDARD = load();

  private final Set<String> builtins;
  private final List<String> prefixes;

  private OpenClNames(Set<String> builtins, List<String> prefixes) {
    this.builtins = builtins;
    this.prefixes = prefixes;
  }

  static OpenClNames standard() {
    return STANDARD;
  }

  static boolean isKeyword(String name) {
    return KEYWORDS.contains(name);
  }

  boolean isBuiltinFunction(String name) {
    return builtins.contains(name) || prefixes.stream().anyMatch(name::startsWith);
  }

  private static OpenClNames load() {
    Set<String> names = new HashSet<>();
    List<String> prefixes = new ArrayList<>();
    try (InputStream in = OpenClNames.class.getResourceAsStream("builtins.txt")) {
      if (in == null) {
        throw new IllegalStateException("builtins.txt missing from the build");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.startsWith("#")) {
          continue;
        }
        for (String word : line.trim().split("\\s+")) {
          if (word.endsWith("*")) {
            prefixes.add(word.substring(0, word.length() - 1));
          } else if (!word.isEmpty()) {
            names.add(word);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new OpenClNames(Set.copyOf(names), List.copyOf(prefixes));
  }
}
