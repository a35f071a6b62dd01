package dev.kport.harness.cli;

import dev.kport.translator.diag.Diagnostic;
import dev.kport.translator.lex.Token;
import dev.kport.translator.parse.AstDumper;
import dev.kport.translator.parse.FrontEnd;
import dev.kport.translator.parse.ParsedUnit;
import dev.kport.translator.parse.tree.Node;
import dev.kport.translator.preprocess.Macro;
import dev.kport.translator.preprocess.Preprocessor;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kport parse}: runs the translator's front end on CUDA files and shows what it read.
 * The tool for anyone debugging a translation: where the parser gave up, what a macro means.
 */
@Command(name = "parse", mixinStandardHelpOptions = true,
    header = "Show the translator's view of CUDA files: syntax tree or counts.",
    description = 
        "Parse CUDA sources with kport's front end and show the syntax tree or statistics. Diagnostics "
        + "(constructs kept as opaque tokens, preprocessor problems) go to stderr.",
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:every file was read (opaque constructs are reported, not fatal)",
        "2:a file is missing or unreadable, or an option is wrong"})
public final class ParseCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "CUDA source files (.cu, .cuh, .h) to parse.")
  List<Path> files = new ArrayList<>();

  @Option(names = "--dump", description = "Print the syntax tree like clang -ast-dump: one node per line, "
      + "indented, with kind, line:col, name and type, then includes, macros and inactive #if regions.")
  boolean dump;

  @Option(names = "--stats", description = "Print per file the number of functions, kernels and kernel launches, "
      + "and every opaque (unparsed) construct with its location.")
  boolean stats;

  @Option(names = "-I", paramLabel = "DIR", description = "Add DIR to the folders searched for #include \"...\" "
      + "after the including file's own folder. Repeatable.")
  List<Path> includeDirs = new ArrayList<>();

  @Option(names = "-D", paramLabel = "NAME[=VALUE]", description = "Define a macro as a compiler would "
      + "(VALUE defaults to 1). Repeatable.")
  List<String> defines = new ArrayList<>();

  @Option(names = "--cuda-arch", paramLabel = "N", defaultValue = "900", description = "Value of __CUDA_ARCH__ "
      + "when selecting #if branches (default: ${DEFAULT-VALUE}); 0 leaves it undefined, as in nvcc's host pass.")
  int cudaArch;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        err.println("kport parse: no such file: " + f);
        err.flush();
        return 2;
      }
    }
    Preprocessor.Config config = new Preprocessor.Config(includeDirs, defineMap(), cudaArch);
    for (Path f : files) {
      String source;
      try {
        source = read(f);
      } catch (IOException e) {
        err.println("kport parse: cannot read " + f + ": " + e.getMessage());
        err.flush();
        return 2;
      }
      ParsedUnit unit = FrontEnd.parse(f, source, config);
      for (Diagnostic d : unit.diagnostics()) {
        err.println(d.format());
      }
      if (dump) {
        out.print(AstDumper.dump(unit));
      }
      if (stats || !dump) {
        printStats(out, unit);
      }
    }
    out.flush();
    err.flush();
    return 0;
  }

  private Map<String, String> defineMap() {
    Map<String, String> map = new LinkedHashMap<>();
    for (String d : defines) {
      int eq = d.indexOf('=');
      map.put(eq < 0 ? d : d.substring(0, eq), eq < 0 ? "" : d.substring(eq + 1));
    }
    return map;
  }

  /** UTF-8, or byte for byte as ISO-8859-1 when the file is not UTF-8: the parser reads anything. */
  private static String read(Path f) throws IOException {
    byte[] bytes = Files.readAllBytes(f);
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }
  }

  private static void printStats(PrintWriter out, ParsedUnit unit) {
    long macroLaunches = 0;
    for (Macro m : unit.preprocessor().macros().values()) {
      if (m.tokenIndex() >= 0 && m.body().contains("<<<")) {
        macroLaunches++;
      }
    }
    List<Node> opaque = unit.opaqueNodes();
    out.printf("%s: functions %d, kernels %d, launches %d, launches in macros %d, opaque %d%n", unit.file(),
        unit.functions().size(), unit.kernels().size(), unit.launches().size(), macroLaunches, opaque.size());
    for (Node n : opaque) {
      Token t = unit.token(n.first());
      out.printf("  opaque %s:%d:%d: %s%n", unit.file(), t.line(), t.column(), firstLine(unit.text(n)));
    }
  }

  private static String firstLine(String text) {
    String s = text.strip();
    int nl = s.indexOf('\n');
    s = nl < 0 ? s : s.substring(0, nl) + " ...";
    return s.length() > 100 ? s.substring(0, 100) + " ..." : s;
  }
}
