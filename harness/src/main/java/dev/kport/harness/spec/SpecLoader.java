package dev.kport.harness.spec;

import static java.util.Collections.unmodifiableMap;

import dev.kport.harness.expr.ExpressionException;
import dev.kport.harness.expr.Expressions;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and validates a {@code kernel.yaml}. Every problem is one {@link SpecException}:
 * {@code FILE:LINE: KEY.PATH: what was expected}. Does not check that a reference model is
 * registered, nor that a kernel exists in the source: those need the corpus and the translator.
 */
public final class SpecLoader {

  /** The name of a spec file inside a kernel folder. */
  public static final String SPEC_FILE = "kernel.yaml";

  private static final List<String> REQUIRED = List.of("name", "source", "sizes", "buffers", "steps", "check");
  private static final List<String> OPTIONAL = List.of("includes", "defines", "metrics");

  private final Path file;
  private final Path dir;

  private SpecLoader(Path file) {
    this.file = file;
    this.dir = file.toAbsolutePath().getParent();
  }

  public static KernelSpec load(Path file) throws SpecException {
    if (Files.isDirectory(file)) {
      throw new SpecException(file, 0, "", "is a folder; expected its " + SPEC_FILE);
    }
    if (!Files.isRegularFile(file)) {
      throw new SpecException(file, 0, "", "no such spec file");
    }
    return new SpecLoader(file).read(SpecNode.root(file, YamlTree.read(file)));
  }

  /**
   * The specs a user pointed at: a file is itself; a folder gives every {@code kernel.yaml}
   * below it, sorted by path, skipping build output ({@code target/}) and hidden folders.
   */
  public static List<Path> findSpecs(Path dirOrFile) throws IOException {
    if (!Files.isDirectory(dirOrFile)) {
      return List.of(dirOrFile);
    }
    List<Path> found = new ArrayList<>();
    Files.walkFileTree(dirOrFile, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
        String name = d.getFileName() == null ? "" : d.getFileName().toString();
        boolean skip = !d.equals(dirOrFile) && (name.equals("target") || name.startsWith("."));
        return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
        if (f.getFileName().toString().equals(SPEC_FILE)) {
          found.add(f);
        }
        return FileVisitResult.CONTINUE;
      }
    });
    found.sort(null);
    return found;
  }

  private KernelSpec read(SpecNode root) throws SpecException {
    if (!root.isMap()) {
      throw root.error("expected a map with keys " + String.join(", ", REQUIRED) + " (and optionally "
          + String.join(", ", OPTIONAL) + ")");
    }
    root.keys(REQUIRED, OPTIONAL);
    String name = root.get("name").string();
    Path source = existing(root.get("source"), false);
    List<Path> includes = new ArrayList<>();
    if (root.find("includes").isPresent()) {
      for (SpecNode inc : root.get("includes").itemsOrOne()) {
        includes.add(existing(inc, true));
      }
    }
    Map<String, Map<String, Double>> sizes = sizes(root.get("sizes"));
    List<String> sizeVars = new ArrayList<>(sizes.values().iterator().next().keySet());
    Map<String, String> defines = root.find("defines").isPresent()
        ? defines(root.get("defines"), sizeVars) : Map.of();
    Map<String, Map<String, Double>> varsBySize = evaluateDefines(root, sizes, defines);
    List<String> variables = new ArrayList<>(sizeVars);
    variables.addAll(defines.keySet());
    Scope scope = buffers(root.get("buffers"), variables, varsBySize);
    List<Step> steps = StepReader.steps(root.get("steps"), scope);
    CheckSpec check = CheckReader.check(root.get("check"), scope, dir);
    Optional<KernelSpec.Metrics> metrics = root.find("metrics").isPresent()
        ? Optional.of(metrics(root.get("metrics"), scope)) : Optional.empty();
    return new KernelSpec(file, name, source, includes, unmodifiableMap(defines), unmodifiableMap(sizes),
        unmodifiableMap(scope.buffers()), steps, check, metrics);
  }

  private Path existing(SpecNode node, boolean folder) throws SpecException {
    String text = node.string();
    Path p = dir.resolve(text).normalize();
    if (folder ? !Files.isDirectory(p) : !Files.isRegularFile(p)) {
      // relative to the spec, as the user wrote it: the spec's folder is in the message already
      throw node.error((folder ? "include folder '" : "source file '") + text + "' not found next to the spec");
    }
    return p;
  }

  private Map<String, Map<String, Double>> sizes(SpecNode node) throws SpecException {
    Map<String, SpecNode> entries = node.entries();
    if (entries.isEmpty()) {
      throw node.error("expected at least one size, e.g. {default: {n: 1024}}");
    }
    Map<String, Map<String, Double>> sizes = new LinkedHashMap<>();
    String first = null;
    for (Map.Entry<String, SpecNode> size : entries.entrySet()) {
      Map<String, Double> vars = new LinkedHashMap<>();
      for (Map.Entry<String, SpecNode> var : size.getValue().entries().entrySet()) {
        freeName(var.getValue(), var.getKey(), "a size variable");
        double v = var.getValue().number();
        if (!Double.isFinite(v)) {
          throw var.getValue().error("expected a finite number, got " + v);
        }
        vars.put(var.getKey(), v);
      }
      if (first != null && !vars.keySet().equals(sizes.get(first).keySet())) {
        // a spec's expressions are checked once for all sizes, so every size must name the same things
        throw size.getValue().error("defines " + names(vars.keySet()) + " but size '" + first + "' defines "
            + names(sizes.get(first).keySet()) + "; every size must define the same variables");
      }
      first = first == null ? size.getKey() : first;
      sizes.put(size.getKey(), vars);
    }
    return sizes;
  }

  /** Defines in file order; each may use the size variables and the defines before it. */
  private Map<String, String> defines(SpecNode node, List<String> sizeVars) throws SpecException {
    Map<String, String> defines = new LinkedHashMap<>();
    List<String> known = new ArrayList<>(sizeVars);
    for (Map.Entry<String, SpecNode> d : node.entries().entrySet()) {
      SpecNode value = d.getValue();
      freeName(value, d.getKey(), "a define");
      if (sizeVars.contains(d.getKey())) {
        throw value.error("'" + d.getKey() + "' is already a size variable; a define needs a name of its own");
      }
      // a bare `FLAG:` means -DFLAG, which C compilers read as 1
      String expr = value.isNull() ? "1" : new Scope(known, Map.of(), Map.of()).expression(value);
      defines.put(d.getKey(), expr);
      known.add(d.getKey());
    }
    return defines;
  }

  /** Each size's variables plus the defines evaluated for it, so bad values show up at load. */
  private Map<String, Map<String, Double>> evaluateDefines(SpecNode root, Map<String, Map<String, Double>> sizes,
      Map<String, String> defines) throws SpecException {
    Map<String, Map<String, Double>> out = new LinkedHashMap<>();
    for (Map.Entry<String, Map<String, Double>> size : sizes.entrySet()) {
      Map<String, Double> vars = new LinkedHashMap<>(size.getValue());
      for (Map.Entry<String, String> d : defines.entrySet()) {
        try {
          vars.put(d.getKey(), Expressions.eval(d.getValue(), vars));
        } catch (ExpressionException e) {
          throw root.get("defines").get(d.getKey()).error("with size '" + size.getKey() + "': " + e.getMessage());
        }
      }
      out.put(size.getKey(), vars);
    }
    return out;
  }

  private Scope buffers(SpecNode node, List<String> variables, Map<String, Map<String, Double>> varsBySize)
      throws SpecException {
    Map<String, SpecNode> entries = node.entries();
    if (entries.isEmpty()) {
      throw node.error("expected at least one buffer, e.g. {x: {type: float, count: n}}");
    }
    Scope names = new Scope(variables, Map.of(), Map.of());
    Map<String, BufferSpec> buffers = new LinkedHashMap<>();
    Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
    for (Map.Entry<String, SpecNode> e : entries.entrySet()) {
      SpecNode b = e.getValue();
      freeName(b, e.getKey(), "a buffer");
      if (variables.contains(e.getKey())) {
        throw b.error("'" + e.getKey() + "' is already a variable; a buffer needs a name of its own");
      }
      b.keys(List.of("type", "count"), List.of("init"));
      SpecNode typeNode = b.get("type");
      ElementType type = ElementType.parse(typeNode.string()).orElseThrow(() -> typeNode.error(
          "unknown type '" + typeNode.scalarTextOrEmpty() + "' (types: " + ElementType.spellings() + ")"));
      SpecNode countNode = b.get("count");
      String count = names.expression(countNode);
      Map<String, Long> bySize = counts(countNode, count, varsBySize);
      Init init = b.find("init").isPresent()
          ? new InitReader(dir, type, bySize).read(b.get("init"))
          : new Init.Constant(0, Optional.empty());
      buffers.put(e.getKey(), new BufferSpec(e.getKey(), type, count, init));
      counts.put(e.getKey(), bySize);
    }
    return new Scope(variables, buffers, counts);
  }

  private static Map<String, Long> counts(SpecNode node, String count, Map<String, Map<String, Double>> varsBySize)
      throws SpecException {
    Map<String, Long> bySize = new LinkedHashMap<>();
    for (Map.Entry<String, Map<String, Double>> size : varsBySize.entrySet()) {
      long n;
      try {
        n = Expressions.evalLong(count, size.getValue());
      } catch (ExpressionException ex) {
        throw node.error("with size '" + size.getKey() + "': " + ex.getMessage());
      }
      if (n < 0) {
        throw node.error("with size '" + size.getKey() + "': '" + count + "' = " + n + " is negative");
      }
      bySize.put(size.getKey(), n);
    }
    return bySize;
  }

  private static KernelSpec.Metrics metrics(SpecNode node, Scope scope) throws SpecException {
    node.keys(List.of(), List.of("bytes", "flops"));
    Optional<String> bytes = node.find("bytes").isPresent()
        ? Optional.of(scope.expression(node.get("bytes"))) : Optional.empty();
    Optional<String> flops = node.find("flops").isPresent()
        ? Optional.of(scope.expression(node.get("flops"))) : Optional.empty();
    return new KernelSpec.Metrics(bytes, flops);
  }

  private static void freeName(SpecNode at, String name, String what) throws SpecException {
    if (!Expressions.isFreeName(name)) {
      throw at.error("'" + name + "' cannot name " + what + " (expected an identifier that is not a built-in "
          + "function or constant such as ceil, min, e or pi)");
    }
  }

  private static String names(java.util.Collection<String> names) {
    return names.isEmpty() ? "no variables" : String.join(", ", names);
  }
}
