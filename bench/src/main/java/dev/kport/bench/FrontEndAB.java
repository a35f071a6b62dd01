package dev.kport.bench;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Compares the front end (lex, preprocessor view, parse, sema) of two builds in one JVM, for a
 * machine too busy for separate runs to tell a few per cent apart: on a shared 2-core host two
 * JMH runs of the same build differ by 20%. Each build's benchmark jar is loaded by its own class
 * loader; every file of a ~5 MB corpus is parsed by both, in alternating order, round after
 * round, and each build keeps its fastest time per file. The sums of those minimums, in ms per MB,
 * and their ratio are printed every 10 rounds: spells of slowness touch both builds alike and no
 * minimum, so the ratio settles within a round or two of rounds to about 1%.
 *
 * <pre>java -cp bench/target/benchmarks.jar dev.kport.bench.FrontEndAB 50 old.jar new.jar [MB]</pre>
 *
 * Run it both ways round: a build's JIT decisions differ from load to load by about 1%.
 */
public final class FrontEndAB {

  private FrontEndAB() {}

  private static final Path FILE = Path.of("corpus.cu");
  /** Rounds before minimums are kept: both builds are compiled by then. */
  private static final int WARMUP_ROUNDS = 3;

  public static void main(String[] args) throws Throwable {
    if (args.length < 3 || args[0].equals("--help")) {
      System.err.println("usage: FrontEndAB ROUNDS JAR_A JAR_B [CORPUS_MB]\n"
          + "  parses a generated corpus (default 5 MB) with the front end of both benchmark jars, alternating"
          + " file by file,\n  and prints the sum of each build's per-file minimum times in ms per MB, and B/A");
      System.exit(args.length == 1 && args[0].equals("--help") ? 0 : 2);
    }
    int rounds = Integer.parseInt(args[0]);
    int bytes = args.length > 3 ? (int) (Double.parseDouble(args[3]) * 1e6) : 5_000_000;
    MethodHandle[] parse = new MethodHandle[2];
    for (int j = 0; j < 2; j++) {
      ClassLoader loader = new URLClassLoader(new URL[] {Path.of(args[1 + j]).toUri().toURL()},
          ClassLoader.getPlatformClassLoader());
      Class<?> frontEnd = loader.loadClass("dev.kport.translator.parse.FrontEnd");
      parse[j] = MethodHandles.publicLookup()
          .findStatic(frontEnd, "parse", MethodType.methodType(loader.loadClass(
              "dev.kport.translator.parse.ParsedUnit"), Path.class, String.class, List.class, Map.class))
          .asType(MethodType.methodType(Object.class, Path.class, String.class, List.class, Map.class));
    }
    // one corpus for both, from this jar's generator: the same files in the same order
    List<String> corpus = FrontEndBenchmark.generate(FrontEndBenchmark.seeds(), bytes);
    double mb = corpus.stream().mapToLong(String::length).sum() / 1e6;
    long[][] fastest = new long[2][corpus.size()];
    for (long[] f : fastest) {
      Arrays.fill(f, Long.MAX_VALUE);
    }
    List<Path> noIncludes = List.of();
    Map<String, String> noDefines = Map.of();
    int kept = 0;
    for (int r = 0; r < rounds; r++) {
      for (int f = 0; f < corpus.size(); f++) {
        String src = corpus.get(f);
        for (int k = 0; k < 2; k++) {
          int j = ((r + f) & 1) == 0 ? k : 1 - k; // each build goes first half the time
          long t0 = System.nanoTime();
          Object unit = parse[j].invokeExact(FILE, src, noIncludes, noDefines);
          long t = System.nanoTime() - t0;
          kept += unit.hashCode() & 1; // used, so the parse cannot be dropped
          if (r >= WARMUP_ROUNDS && t < fastest[j][f]) {
            fastest[j][f] = t;
          }
        }
      }
      if (r >= WARMUP_ROUNDS && ((r + 1) % 10 == 0 || r == rounds - 1)) {
        double a = Arrays.stream(fastest[0]).sum() / 1e6 / mb;
        double b = Arrays.stream(fastest[1]).sum() / 1e6 / mb;
        System.out.printf("round %d: A %.3f ms/MB  B %.3f ms/MB  B/A %.4f%n", r + 1, a, b, b / a);
      }
    }
    if (kept < 0) {
      System.out.println(kept);
    }
  }
}
