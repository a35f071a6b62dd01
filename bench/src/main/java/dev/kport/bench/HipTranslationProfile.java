package dev.kport.bench;

import com.sun.management.ThreadMXBean;
import dev.kport.translator.Target;
import dev.kport.translator.TranslateOptions;
import dev.kport.translator.Translator;
import dev.kport.translator.hip.LaunchSyntax;
import dev.kport.translator.lex.Lexer;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;

/**
 * CPU milliseconds per MB of source for lexing alone and for the whole CUDA to HIP translation,
 * and bytes allocated per byte, over {@link HipTranslationBenchmark}'s corpus, one line per round
 * (the later rounds are the warmed figures). Thread CPU time is little moved by other work on a
 * shared machine, so it is the figure to compare two builds with. Not a JMH benchmark: run
 * {@code java -Xmx512m -cp bench/target/benchmarks.jar dev.kport.bench.HipTranslationProfile [rounds [cuda|hip]]}.
 */
public final class HipTranslationProfile {

  private HipTranslationProfile() {}

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 12;
    LaunchSyntax launches = args.length > 1 ? LaunchSyntax.valueOf(args[1].toUpperCase(java.util.Locale.ROOT))
        : LaunchSyntax.CUDA;
    List<HipCorpus.File> corpus = HipCorpus.generate(
        Path.of(System.getProperty("kport.kernels", "kernels/src/main/resources/kernels")), 300, 70_000);
    TranslateOptions options = TranslateOptions.of(Target.HIP).withLaunchSyntax(launches);
    double mb = corpus.stream().mapToLong(f -> f.text().length()).sum() / 1e6;
    ThreadMXBean mx = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    long self = Thread.currentThread().getId();
    long sink = 0;
    for (int r = 0; r < rounds; r++) {
      long lexAllocated = mx.getThreadAllocatedBytes(self);
      long t0 = mx.getCurrentThreadCpuTime();
      for (HipCorpus.File f : corpus) {
        sink += Lexer.lex(f.text()).size();
      }
      long t1 = mx.getCurrentThreadCpuTime();
      long allocated = mx.getThreadAllocatedBytes(self);
      lexAllocated = allocated - lexAllocated;
      for (HipCorpus.File f : corpus) {
        sink += Translator.translate(Path.of(f.path()), f.text(), options).output().length();
      }
      long t2 = mx.getCurrentThreadCpuTime();
      allocated = mx.getThreadAllocatedBytes(self) - allocated;
      double lex = (t1 - t0) / 1e6 / mb;
      double whole = (t2 - t1) / 1e6 / mb;
      System.out.printf("round %d: CPU ms/MB lex %.2f translate %.2f (HIP passes %.2f, %.1f MB/CPU s)"
          + " | alloc MB/MB lex %.2f translate %.2f%n", r, lex, whole, whole - lex, 1000 / whole,
          lexAllocated / 1e6 / mb, allocated / 1e6 / mb);
    }
    if (sink == 42) {
      System.out.println(); // keeps the results live
    }
  }
}
