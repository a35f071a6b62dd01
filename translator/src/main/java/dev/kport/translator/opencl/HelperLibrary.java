package dev.kport.translator.opencl;

import dev.kport.translator.lex.Lexer;
import dev.kport.translator.lex.Token;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Small OpenCL functions that stand in for CUDA intrinsics OpenCL lacks ({@code __brev},
 * {@code __ffs}, ...). Each lives in {@code helpers/NAME.cl} beside this class, so the code is
 * data like the rename tables; the ones the output calls are written once at its top, a
 * helper's own helpers first.
 */
final class HelperLibrary {

  private static final String PREFIX = "kport_";

  private HelperLibrary() {}

  /** The definitions of the helpers {@code body} calls, dependencies before their users. */
  static String definitionsFor(String body) {
    Set<String> ordered = new LinkedHashSet<>();
    for (String name : calledHelpers(body)) {
      add(name, ordered, 0);
    }
    StringBuilder out = new StringBuilder();
    ordered.forEach(name -> out.append(source(name).orElseThrow()));
    return out.toString();
  }

  private static void add(String name, Set<String> ordered, int depth) {
    Optional<String> source = source(name);
    if (source.isEmpty() || ordered.contains(name) || depth > 8) {
      return;
    }
    for (String used : calledHelpers(source.get())) {
      if (!used.equals(name)) {
        add(used, ordered, depth + 1);
      }
    }
    ordered.add(name);
  }

  private static Set<String> calledHelpers(String text) {
    Set<String> names = new LinkedHashSet<>();
    List<Token> tokens = Lexer.lex(text);
    for (Token t : tokens) {
      if (t.isIdentifier() && t.text().startsWith(PREFIX) && source(t.text()).isPresent()) {
        names.add(t.text());
      }
    }
    return names;
  }

  private static Optional<String> source(String name) {
    try (InputStream in = HelperLibrary.class.getResourceAsStream("helpers/" + name + ".cl")) {
      return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
