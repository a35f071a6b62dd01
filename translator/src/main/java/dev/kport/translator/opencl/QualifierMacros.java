package dev.kport.translator.opencl;

import dev.kport.translator.lex.Lexer;
import dev.kport.translator.lex.Token;
import dev.kport.translator.lex.TokenKind;
import dev.kport.translator.preprocess.Directive;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Macros that only spell CUDA qualifiers ({@code #define KERNEL extern "C" __global__},
 * {@code #define HD __host__ __device__}). Functions declared through them are kernels or device
 * functions like any other, and the macro itself is rewritten to the OpenCL qualifiers.
 */
final class QualifierMacros {

  private static final Map<String, String> OPENCL = Map.of(
      "__global__", "__kernel",
      "__device__", "",
      "__host__", "",
      "__forceinline__", "inline",
      "__inline__", "inline",
      "__noinline__", "__attribute__((noinline))",
      "inline", "inline",
      "static", "static",
      "extern", "");

  private QualifierMacros() {}

  /** The CUDA words an object-like macro stands for, when it stands for qualifiers only. */
  static Optional<Set<String>> wordsOf(Directive d, String directiveText) {
    if (d.kind() != Directive.Kind.DEFINE || d.bodyOffset() < 0 || isFunctionLike(d, directiveText)) {
      return Optional.empty();
    }
    Set<String> words = new LinkedHashSet<>();
    for (Token t : Lexer.lex(directiveText.substring(d.bodyOffset()))) {
      if (t.isTrivia() || isLinkage(t)) {
        continue;
      }
      if (!t.isIdentifier() || !OPENCL.containsKey(t.text())) {
        return Optional.empty();
      }
      words.add(t.text());
    }
    boolean cuda = words.stream().anyMatch(w -> w.startsWith("__"));
    return cuda ? Optional.of(words) : Optional.empty();
  }

  /** The macro body in OpenCL qualifiers: {@code extern "C" __global__} becomes {@code __kernel}. */
  static String rewrite(Set<String> words) {
    StringBuilder sb = new StringBuilder();
    for (String w : words) {
      String opencl = OPENCL.get(w);
      if (!opencl.isEmpty()) {
        sb.append(' ').append(opencl);
      }
    }
    return sb.toString();
  }

  private static boolean isLinkage(Token t) {
    return t.kind() == TokenKind.STRING && (t.text().equals("\"C\"") || t.text().equals("\"C++\""));
  }

  private static boolean isFunctionLike(Directive d, String text) {
    int nameEnd = text.indexOf(d.name()) + d.name().length();
    return nameEnd < text.length() && text.charAt(nameEnd) == '(';
  }
}
