package dev.kport.kernels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.objecthunter.exp4j.ExpressionBuilder;
import net.objecthunter.exp4j.function.Function;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles every original {@code .cu} of the corpus with {@code nvcc -arch=sm_90 -c}, with the
 * spec's includes and defines, warnings as errors. A kernel that does not compile as CUDA cannot
 * be a fair baseline for its translations. Skipped where no CUDA toolkit is installed.
 */
class NvccCompileTest {

  private static final String NO_NVCC = "nvcc not found: install the CUDA toolkit to compile the originals";
  private static final long TIMEOUT_SECONDS = 300;

  @TempDir
  Path out;

  @TestFactory
  Stream<DynamicTest> everyKernelCompilesWithNvcc() {
    Optional<Path> nvcc = findNvcc();
    assumeTrue(nvcc.isPresent(), NO_NVCC);
    return CorpusFolders.all().stream().map(f -> dynamicTest(f.name(), () -> compileAll(nvcc.get(), f)));
  }

  /** nvcc on PATH, else the toolkit's default install folder. */
  static Optional<Path> findNvcc() {
    return findNvcc(System.getenv("PATH"), Path.of("/usr/local/cuda/bin/nvcc"));
  }

  static Optional<Path> findNvcc(String pathVariable, Path fallback) {
    List<Path> candidates = new ArrayList<>();
    if (pathVariable != null) {
      for (String dir : pathVariable.split(java.io.File.pathSeparator)) {
        if (!dir.isEmpty()) {
          candidates.add(Path.of(dir, "nvcc"));
        }
      }
    }
    candidates.add(fallback);
    return candidates.stream().filter(Files::isExecutable).findFirst();
  }

  @Test
  void withoutAToolkitNoNvccIsFound() {
    assertThat(findNvcc("", out.resolve("cuda/bin/nvcc"))).isEmpty();
    assertThat(findNvcc(out.toString(), out.resolve("none"))).isEmpty();
  }

  private void compileAll(Path nvcc, CorpusFolders.Folder f) throws IOException, InterruptedException {
    List<Path> sources = f.cudaSources();
    if (sources.isEmpty()) {
      fail("no .cu file in " + f.dir());
    }
    for (Path source : sources) {
      compile(nvcc, f, source);
    }
  }

  private void compile(Path nvcc, CorpusFolders.Folder f, Path source) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(nvcc.toString(), "-arch=sm_90", "-c",
        "-Werror", "all-warnings", source.toString(), "-o", out.resolve(f.name() + ".o").toString()));
    for (JsonNode include : f.spec().path("includes")) {
      command.add("-I" + f.dir().resolve(include.asText()));
    }
    for (Map.Entry<String, String> define : defines(f, source).entrySet()) {
      command.add("-D" + define.getKey() + "=" + define.getValue());
    }
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("nvcc took over " + TIMEOUT_SECONDS + " s on " + source);
    }
    if (p.exitValue() != 0) {
      fail("nvcc failed on " + source + " (exit " + p.exitValue() + ")\n" + String.join(" ", command)
          + "\n" + output);
    }
  }

  /**
   * The spec's defines as -D values: numbers as written; expressions evaluated with the
   * {@code default} size. An expression of variables that cannot be evaluated is left out when
   * the source guards the macro with {@code #ifndef}, as the corpus convention asks; a value that
   * names no variable and is no number (a type, say) is passed as written.
   */
  static Map<String, String> defines(CorpusFolders.Folder f, Path source) throws IOException {
    String text = Files.readString(source);
    Map<String, Double> vars = defaultSize(f.spec());
    Map<String, String> defines = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = f.spec().path("defines").fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> d = it.next();
      String name = d.getKey();
      String raw = d.getValue().asText();
      Optional<Double> value = evaluate(raw, vars);
      if (value.isPresent()) {
        vars.put(name, value.get());
        defines.put(name, isNumber(raw) ? raw : format(value.get()));
      } else if (!mentionsAny(raw, vars.keySet())) {
        defines.put(name, raw);   // not arithmetic at all (a type name, say): passed as written
      } else if (!guards(text, name)) {
        fail("define " + name + " = '" + raw + "' of " + f.name()
            + " cannot be evaluated with the default size, and " + source.getFileName()
            + " has no #ifndef " + name + " fallback");
      }
    }
    return defines;
  }

  private static Map<String, Double> defaultSize(JsonNode spec) {
    JsonNode sizes = spec.path("sizes");
    JsonNode size = sizes.has("default") || !sizes.elements().hasNext()
        ? sizes.path("default") : sizes.elements().next();
    Map<String, Double> vars = new LinkedHashMap<>();
    size.fields().forEachRemaining(e -> vars.put(e.getKey(), e.getValue().asDouble()));
    return vars;
  }

  private static Optional<Double> evaluate(String expression, Map<String, Double> vars) {
    try {
      return Optional.of(new ExpressionBuilder(expression)
          .functions(MIN, MAX, POW)
          .variables(vars.keySet())
          .build()
          .setVariables(vars)
          .evaluate());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static boolean isNumber(String s) {
    try {
      Double.parseDouble(s);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static String format(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  private static boolean mentionsAny(String expression, java.util.Set<String> names) {
    for (String token : expression.split("[^A-Za-z0-9_]+")) {
      if (names.contains(token)) {
        return true;
      }
    }
    return false;
  }

  private static boolean guards(String source, String macro) {
    return Pattern.compile("^\\s*#\\s*ifndef\\s+" + Pattern.quote(macro) + "\\b", Pattern.MULTILINE)
        .matcher(source).find();
  }

  // the spec expression language has min, max and pow, which exp4j lacks
  private static final Function MIN = new Function("min", 2) {
    @Override
    public double apply(double... args) {
      return Math.min(args[0], args[1]);
    }
  };
  private static final Function MAX = new Function("max", 2) {
    @Override
    public double apply(double... args) {
      return Math.max(args[0], args[1]);
    }
  };
  private static final Function POW = new Function("pow", 2) {
    @Override
    public double apply(double... args) {
      return Math.pow(args[0], args[1]);
    }
  };
}
