package dev.kport.bench;

import dev.kport.translator.Target;
import dev.kport.translator.TranslateOptions;
import dev.kport.translator.Translator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * Translation throughput, CUDA to OpenCL C and CUDA to HIP, over a corpus of CUDA files (the
 * built-in kernels, or {@code -Dkport.corpus=DIR}): the "bytes" counter is bytes translated per
 * second (jmh reports it as {@code bytes} in ops/s; divide by 1e6 for MB/s).
 * Run: {@code java -jar bench/target/benchmarks.jar Translation -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
public class TranslationBenchmark {

  /** A source file, read once. */
  record Source(Path path, String text) {}

  @Param({"OPENCL", "HIP"})
  public Target target;

  private final List<Source> sources = new ArrayList<>();
  private TranslateOptions options;

  /** Counts translated bytes so the report shows bytes per second beside translations per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Bytes {
    public long bytes;

    @Setup(Level.Iteration)
    public void reset() {
      bytes = 0;
    }
  }

  @Setup
  public void load() throws IOException {
    options = TranslateOptions.of(target);
    Path corpus = Path.of(System.getProperty("kport.corpus", "kernels/src/main/resources/kernels"));
    if (!Files.isDirectory(corpus)) {
      throw new IOException("corpus not found at " + corpus.toAbsolutePath()
          + ": run from the repository root or pass -Dkport.corpus=DIR");
    }
    try (Stream<Path> files = Files.walk(corpus)) {
      files.filter(p -> p.toString().endsWith(".cu")).sorted().forEach(p -> {
        try {
          sources.add(new Source(p, Files.readString(p, StandardCharsets.UTF_8)));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  @Benchmark
  public void translateCorpus(Bytes counter, Blackhole bh) {
    for (Source s : sources) {
      bh.consume(Translator.translate(s.path(), s.text(), options));
      counter.bytes += s.text().length();
    }
  }
}
