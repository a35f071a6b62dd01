package dev.kport.bench;

import dev.kport.translator.Target;
import dev.kport.translator.TranslateOptions;
import dev.kport.translator.Translator;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * CUDA to HIP throughput on a ~20 MB corpus of whole programs ({@link HipCorpus}: 300 files of
 * about 70 kB, kernels plus host code with many API calls), in a 512 MB heap. By default one
 * thread; {@code -t 2} runs a thread per core of this machine, each translating the whole corpus,
 * as {@code kport translate} spreads a tree's files over the cores, and JMH sums their rates. The
 * "bytes" counter is source bytes translated per second (divide by 1e6 for MB/s); "cpuNanos" is
 * the CPU time the benchmark thread used per second, so bytes / cpuNanos * 1000 is MB per CPU second.
 * Run from the repository root: {@code java -jar bench/target/benchmarks.jar HipTranslation}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
public class HipTranslationBenchmark {

  @Param({"300"})
  public int files;

  @Param({"70000"})
  public int bytesPerFile;

  @Param({"cuda", "hip"})
  public String launches;

  private List<HipCorpus.File> corpus;
  private TranslateOptions options;

  /**
   * Source bytes translated, and CPU nanoseconds this thread spent doing it: on a loaded machine
   * bytes / cpuNanos * 1e3 (MB per CPU second) says more than the wall-clock rate.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Bytes {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    public long bytes;
    public long cpuNanos;

    @Setup(Level.Iteration)
    public void reset() {
      bytes = 0;
      cpuNanos = 0;
    }

    long cpuNow() {
      return THREADS.getCurrentThreadCpuTime();
    }
  }

  @Setup
  public void generate() {
    corpus = HipCorpus.generate(Path.of(System.getProperty("kport.kernels", "kernels/src/main/resources/kernels")),
        files, bytesPerFile);
    options = TranslateOptions.of(Target.HIP)
        .withLaunchSyntax(dev.kport.translator.hip.LaunchSyntax.valueOf(launches.toUpperCase(java.util.Locale.ROOT)));
  }

  /** The whole corpus, file by file, as one {@code kport translate} call on a tree does (minus the I/O). */
  @Benchmark
  public void translateCorpus(Bytes counter, Blackhole bh) {
    long cpu = counter.cpuNow();
    for (HipCorpus.File f : corpus) {
      bh.consume(Translator.translate(Path.of(f.path()), f.text(), options));
      counter.bytes += f.text().length();
    }
    counter.cpuNanos += counter.cpuNow() - cpu;
  }
}
