package dev.kport.translator.preprocess;

import dev.kport.translator.diag.Diagnostic;
import dev.kport.translator.lex.Lexer;
import dev.kport.translator.lex.Token;
import dev.kport.translator.lex.TokenKind;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds a {@link PreprocessorView} of a lexed file: walks its directives, evaluates
 * conditionals, follows quoted includes for their macros. Never throws on any input.
 */
public final class Preprocessor {

  /**
   * @param includeDirs {@code -I} folders, searched after the including file's own folder
   * @param defines {@code -D} values; an empty value means 1
   * @param cudaArch the value of {@code __CUDA_ARCH__} (e.g. 900), or 0 to leave it undefined as in
   *     the host pass
   */
  public record Config(List<Path> includeDirs, Map<String, String> defines, int cudaArch) {
    public Config {
      includeDirs = List.copyOf(includeDirs);
      defines = Map.copyOf(defines);
    }

    public static Config defaults() {
      return new Config(List.of(), Map.of(), 900);
    }
  }

  static final int MAX_INCLUDE_DEPTH = 32;

  final Config config;
  /** Sized for the few dozen macros a file and its builtins define, so the table is not regrown as they come. */
  final Map<String, Macro> macros = new LinkedHashMap<>(128);
  final List<Include> includes = new ArrayList<>();
  final List<Diagnostic> diagnostics = new ArrayList<>();
  final Set<Path> onceFiles = new HashSet<>();
  final Set<Path> open = new HashSet<>();
  final MacroExpander expander = new MacroExpander(macros);
  final ConditionEvaluator evaluator = new ConditionEvaluator(macros, expander);

  private Preprocessor(Config config) {
    this.config = config;
  }

  /**
   * @param file the main file's path (used to resolve its quoted includes and in diagnostics)
   * @param tokens the main file's tokens, as the lexer gave them
   */
  public static PreprocessorView run(Path file, List<Token> tokens, Config config) {
    Preprocessor pp = new Preprocessor(config);
    pp.predefine();
    // sized for every token at once: files have inactive regions all along (#ifndef BLOCK after
    // BLOCK is defined), and a set grown as they come copied itself a dozen times
    BitSet inactive = new BitSet(tokens.size());
    List<Region> regions = new ArrayList<>();
    try {
      DirectiveWalker walker = new DirectiveWalker(pp, file, tokens, inactive, regions, 0);
      walker.walk();
    } catch (RuntimeException | StackOverflowError e) {
      pp.diagnostics.add(new Diagnostic(file.toString(), 1, 1, Diagnostic.Severity.WARNING, "KP1199",
          "preprocessor view incomplete (" + e.getClass().getSimpleName() + ")", ""));
    }
    return new PreprocessorView(inactive, regions, pp.includes, pp.macros, pp.diagnostics);
  }

  /** What nvcc defines before reading a file, then the user's {@code -D} values over them. */
  private void predefine() {
    define("__CUDACC__", "1", "builtin");
    define("__NVCC__", "1", "builtin");
    define("__CUDACC_VER_MAJOR__", "12", "builtin");
    define("__CUDACC_VER_MINOR__", "4", "builtin");
    define("__cplusplus", "201703L", "builtin");
    if (config.cudaArch() > 0) {
      define("__CUDA_ARCH__", Integer.toString(config.cudaArch()), "builtin");
    }
    for (Map.Entry<String, String> d : config.defines().entrySet()) {
      String name = d.getKey();
      String value = d.getValue().isEmpty() ? "1" : d.getValue();
      int paren = name.indexOf('(');
      if (paren > 0) { // -D'F(x)=...'
        DirectiveWalker.defineFromText(this, name + " " + value, "-D", 0, -1);
      } else {
        define(name, value, "-D");
      }
    }
  }

  private void define(String name, String body, String origin) {
    macros.put(name, Macro.objectLike(name, body, origin));
  }

  /** A quoted include: the including file's folder first, then each {@code -I} folder. */
  Optional<Path> resolve(String name, Path including) {
    try {
      return search(name, including);
    } catch (RuntimeException e) { // a name no file system accepts (NUL, bad characters)
      return Optional.empty();
    }
  }

  private Optional<Path> search(String name, Path including) {
    Path dir = including.toAbsolutePath().getParent();
    if (dir != null) {
      Path candidate = dir.resolve(name).normalize();
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    for (Path inc : config.includeDirs()) {
      Path candidate = inc.resolve(name).normalize();
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** Reads a header as UTF-8, or byte for byte as ISO-8859-1 when it is not valid UTF-8. */
  static Optional<String> read(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      try {
        return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString());
      } catch (CharacterCodingException e) {
        return Optional.of(new String(bytes, StandardCharsets.ISO_8859_1));
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  void includeHeader(Path header, int depth) {
    Path key = header.toAbsolutePath().normalize();
    if (onceFiles.contains(key) || open.contains(key) || depth >= MAX_INCLUDE_DEPTH) {
      return;
    }
    Optional<String> text = read(header);
    if (text.isEmpty()) {
      return;
    }
    open.add(key);
    List<Token> toks = Lexer.lex(text.get());
    new DirectiveWalker(this, header, toks, null, null, depth + 1).walk();
    open.remove(key);
  }

  static boolean isDirective(Token t) {
    return t.kind() == TokenKind.DIRECTIVE;
  }
}
