package dev.kport.bench;

import dev.kport.translator.parse.FrontEnd;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/**
 * Whether a front-end figure moved with the code or with the machine. On a shared host the same
 * build reads 70 to 120 MB/s in {@link FrontEndBenchmark} from one minute to the next, and a probe
 * run before or after a benchmark says little about the minute in between. Here each thread
 * alternates about 60 ms of front-end work with a fixed integer loop of eight independent chains
 * (which, like the front end, needs the whole core, not just its latency), so both see the same
 * spells. Every window prints the front end's MB/s per second of front-end time, summed over the
 * threads (comparable to {@code FrontEndBenchmark.lexParseSema -t N}), and the loop's nanoseconds
 * per iteration; the summary gives their correlation, the front end's rate in the fastest and
 * slowest tenth of the windows by the loop, and the median of rate times loop time: on this host
 * it held within about 10% while the rate itself moved by half, so it compares builds measured on
 * different days.
 *
 * <pre>java -Xmx512m -cp bench/target/benchmarks.jar dev.kport.bench.FrontEndHostRecord [MINUTES] [THREADS]</pre>
 */
public final class FrontEndHostRecord {

  private FrontEndHostRecord() {}

  private static final long SLICE_NS = 60_000_000L;
  private static final int PROBE_ITERATIONS = 4_000_000;
  private static final long WINDOW_MS = 4_000;
  /** The JIT compiles the front end for some 15 s of CPU; windows before that read low. */
  private static final long WARMUP_MS = 40_000;

  /** A fixed amount of integer work the core can overlap eight ways; returns a value so it is not removed. */
  static long probe(int iterations) {
    long x0 = 1;
    long x1 = 2;
    long x2 = 3;
    long x3 = 4;
    long x4 = 5;
    long x5 = 6;
    long x6 = 7;
    long x7 = 8;
    for (int i = 0; i < iterations; i++) {
      x0 = x0 * 3 + i;
      x1 = x1 ^ (x1 >>> 3) + i;
      x2 += x2 << 1;
      x3 ^= i;
      x4 = x4 * 5 + 1;
      x5 += i >> 2;
      x6 ^= x6 << 7;
      x7 += x7 >>> 1;
    }
    return x0 + x1 + x2 + x3 + x4 + x5 + x6 + x7;
  }

  public static void main(String[] args) throws java.io.IOException, InterruptedException {
    boolean help = Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h");
    if (help || args.length > 2) {
      System.err.println("usage: FrontEndHostRecord [MINUTES (default 5)] [THREADS (default: one per core)]\n"
          + "  parses FrontEndBenchmark's corpus in slices alternated with a fixed integer loop, and prints per 4-s\n"
          + "  window the front end's MB/s and the loop's ns per iteration, then how the two went together");
      System.exit(help ? 0 : 2);
    }
    double minutes;
    int threads;
    try {
      minutes = args.length > 0 ? Double.parseDouble(args[0]) : 5;
      threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
    } catch (NumberFormatException e) {
      System.err.println("FrontEndHostRecord: expected MINUTES as a number and THREADS as a whole number, got "
          + String.join(" ", args));
      System.exit(2);
      return;
    }
    if (!(minutes > 0) || threads < 1) {
      System.err.println("FrontEndHostRecord: MINUTES must be above 0 and THREADS at least 1");
      System.exit(2);
    }
    List<String> corpus = FrontEndBenchmark.generate(FrontEndBenchmark.seeds(), FrontEndBenchmark.CORPUS_BYTES);
    // per thread, counters a cache line apart: front-end ns, bytes, probe ns, probe iterations, the probe's last result
    AtomicLongArray counters = new AtomicLongArray(threads * 16);
    for (int t = 0; t < threads; t++) {
      int slot = t * 16;
      int first = (t + 1) * 7919 % corpus.size();
      Thread worker = new Thread(() -> work(corpus, first, counters, slot), "front-end-" + t);
      worker.setDaemon(true);
      worker.start();
    }
    System.err.printf("warming up for %d s, then %.1f min of %d-s windows on %d thread(s)%n",
        WARMUP_MS / 1000, minutes, WINDOW_MS / 1000, threads);
    Thread.sleep(WARMUP_MS);
    System.out.println("time      front-end MB/s  loop ns/iteration");
    List<double[]> windows = new ArrayList<>();
    long end = System.nanoTime() + (long) (minutes * 60e9);
    long[] before = totals(counters, threads);
    while (System.nanoTime() < end) {
      Thread.sleep(WINDOW_MS);
      long[] after = totals(counters, threads);
      long feNs = after[0] - before[0];
      long feBytes = after[1] - before[1];
      long probeNs = after[2] - before[2];
      long probeIterations = after[3] - before[3];
      before = after;
      if (feNs == 0 || probeIterations == 0) {
        continue;
      }
      // each thread's bytes per second of its own front-end time, summed: the rate with all threads parsing
      double rate = threads * (feBytes / (feNs / 1e9)) / 1e6;
      double loop = (double) probeNs / probeIterations;
      windows.add(new double[] {rate, loop});
      System.out.printf("%s  %14.1f  %17.3f%n", LocalTime.now().truncatedTo(ChronoUnit.SECONDS), rate, loop);
    }
    summarize(windows);
  }

  private static void work(List<String> corpus, int first, AtomicLongArray counters, int slot) {
    int next = first;
    while (true) {
      long t0 = System.nanoTime();
      long bytes = 0;
      while (System.nanoTime() - t0 < SLICE_NS) {
        String src = corpus.get(next);
        next = next + 1 == corpus.size() ? 0 : next + 1;
        FrontEnd.parse(FrontEndBenchmark.FILE, src, List.of(), Map.of());
        bytes += src.length();
      }
      long t1 = System.nanoTime();
      counters.lazySet(slot + 4, probe(PROBE_ITERATIONS)); // kept, so the loop is not optimised away
      long t2 = System.nanoTime();
      counters.addAndGet(slot, t1 - t0);
      counters.addAndGet(slot + 1, bytes);
      counters.addAndGet(slot + 2, t2 - t1);
      counters.addAndGet(slot + 3, PROBE_ITERATIONS);
    }
  }

  private static long[] totals(AtomicLongArray counters, int threads) {
    long[] sum = new long[4];
    for (int t = 0; t < threads; t++) {
      for (int k = 0; k < 4; k++) {
        sum[k] += counters.get(t * 16 + k);
      }
    }
    return sum;
  }

  /** Prints the spread of the rate, its correlation with the loop's time, and the rate in the loop's fastest and slowest tenth. */
  static void summarize(List<double[]> windows) {
    int n = windows.size();
    if (n < 3) {
      System.out.println("too few windows for a summary: record for longer");
      return;
    }
    double[] rates = windows.stream().mapToDouble(w -> w[0]).toArray();
    double[] loops = windows.stream().mapToDouble(w -> w[1]).toArray();
    DescriptiveStatistics all = new DescriptiveStatistics(rates);
    long atTarget = Arrays.stream(rates).filter(r -> r >= 100).count();
    System.out.printf("front-end MB/s over %d windows: min %.1f, median %.1f, max %.1f; %d%% of windows at 100 or more%n",
        n, all.getMin(), all.getPercentile(50), all.getMax(), Math.round(100.0 * atTarget / n));
    System.out.printf("correlation of the front end's rate with the loop's ns per iteration: %.2f%n",
        new PearsonsCorrelation().correlation(rates, loops));
    DescriptiveStatistics work = new DescriptiveStatistics();
    for (int i = 0; i < n; i++) {
      work.addValue(rates[i] * loops[i]);
    }
    System.out.printf("rate x loop time, which stays put while the machine's speed moves (compare builds by it):"
        + " median %.0f MB/s x ns, so 100 MB/s takes a loop at %.2f ns or less%n",
        work.getPercentile(50), work.getPercentile(50) / 100);
    Integer[] byLoop = new Integer[n];
    for (int i = 0; i < n; i++) {
      byLoop[i] = i;
    }
    Arrays.sort(byLoop, (a, b) -> Double.compare(loops[a], loops[b]));
    int tenth = Math.max(1, n / 10);
    System.out.printf("in the tenth of windows where the loop ran fastest (%.3f ns or less): median %.1f MB/s%n",
        loops[byLoop[tenth - 1]], medianOf(rates, byLoop, 0, tenth));
    System.out.printf("in the tenth where it ran slowest (%.3f ns or more): median %.1f MB/s%n",
        loops[byLoop[n - tenth]], medianOf(rates, byLoop, n - tenth, n));
  }

  private static double medianOf(double[] values, Integer[] order, int from, int to) {
    DescriptiveStatistics part = new DescriptiveStatistics();
    for (int i = from; i < to; i++) {
      part.addValue(values[order[i]]);
    }
    return part.getPercentile(50);
  }
}
