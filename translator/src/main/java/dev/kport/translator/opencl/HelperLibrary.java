package dev.kport.translator.opencl;

import dev.kport.translator.lex.Lexer;
import dev.kport.translator.lex.TokenList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Small OpenCL functions that stand in for CUDA intrinsics OpenCL lacks ({@code __brev},
 * {@code __ffs}, ...). Each lives in {@code helpers/NAME.cl} beside this class, so the code is
 * data like the rename tables; the ones the output calls are written once at its top, a
 * helper's own helpers first.
 */
final class HelperLibrary {

  private static final String PREFIX = "kport_";
  private static final Map<String, Optional<String>> SOURCES = new ConcurrentHashMap<>();

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
    if (!text.contains(PREFIX)) {
      return names; // no identifier can start with the prefix, so lexing the whole output is wasted
    }
    TokenList tokens = Lexer.lexList(text);
    for (int i = 0; i < tokens.size(); i++) {
      if (LexedTokens.startsWith(tokens, i, PREFIX)) {
        String name = tokens.text(i);
        if (source(name).isPresent()) {
          names.add(name);
        }
      }
    }
    return names;
  }

  /** Each helper's file is read once: the resources never change while the program runs. */
  private static Optional<String> source(String name) {
    return SOURCES.computeIfAbsent(name, HelperLibrary::read);
  }

  private static Optional<String> read(String name) {
    try (InputStream in = HelperLibrary.class.getResourceAsStream("helpers/" + name + ".cl")) {
      return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
