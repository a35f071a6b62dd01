package dev.kport.bench;

import com.sun.management.ThreadMXBean;
import dev.kport.translator.lex.Lexer;
import dev.kport.translator.lex.Token;
import dev.kport.translator.parse.Parser;
import dev.kport.translator.preprocess.Preprocessor;
import dev.kport.translator.preprocess.PreprocessorView;
import dev.kport.translator.sema.Sema;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * CPU milliseconds per MB of source for each front-end stage (lex, preprocessor view, parse,
 * sema) and bytes allocated per byte, over {@link FrontEndBenchmark}'s corpus, one line per
 * round. Thread CPU time, unlike JMH's wall-clock rates, is little moved by other work on a
 * shared machine, so it is the figure to compare two builds with. Not a JMH benchmark: run
 * {@code java -Xmx512m -cp bench/target/benchmarks.jar dev.kport.bench.FrontEndStageProfile [rounds]}.
 */
public final class FrontEndStageProfile {

  private FrontEndStageProfile() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    List<String> corpus = FrontEndBenchmark.generate(FrontEndBenchmark.seeds(), FrontEndBenchmark.CORPUS_BYTES);
    double mb = corpus.stream().mapToLong(String::length).sum() / 1e6;
    ThreadMXBean mx = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    long self = Thread.currentThread().getId();
    for (int r = 0; r < rounds; r++) {
      long lex = 0;
      long pp = 0;
      long parse = 0;
      long sema = 0;
      long allocated = mx.getThreadAllocatedBytes(self);
      for (String src : corpus) {
        long t0 = mx.getCurrentThreadCpuTime();
        List<Token> tokens = Lexer.lex(src);
        long t1 = mx.getCurrentThreadCpuTime();
        PreprocessorView view = Preprocessor.run(FrontEndBenchmark.FILE, tokens, FrontEndBenchmark.CONFIG);
        long t2 = mx.getCurrentThreadCpuTime();
        Parser.Result parsed = Parser.parse(FrontEndBenchmark.FILE.toString(), tokens, view);
        long t3 = mx.getCurrentThreadCpuTime();
        Sema.analyze(parsed.unit(), view::expand);
        long t4 = mx.getCurrentThreadCpuTime();
        lex += t1 - t0;
        pp += t2 - t1;
        parse += t3 - t2;
        sema += t4 - t3;
      }
      allocated = mx.getThreadAllocatedBytes(self) - allocated;
      System.out.printf("round %d: CPU ms/MB lex %.2f pp %.2f parse %.2f sema %.2f sum %.2f | alloc %.1f MB/MB%n", r,
          lex / 1e6 / mb, pp / 1e6 / mb, parse / 1e6 / mb, sema / 1e6 / mb, (lex + pp + parse + sema) / 1e6 / mb,
          allocated / 1e6 / mb);
    }
  }
}
