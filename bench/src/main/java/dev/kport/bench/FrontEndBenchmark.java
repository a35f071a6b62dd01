package dev.kport.bench;

import dev.kport.translator.lex.Lexer;
import dev.kport.translator.lex.Token;
import dev.kport.translator.parse.FrontEnd;
import dev.kport.translator.parse.ParsedUnit;
import dev.kport.translator.parse.Parser;
import dev.kport.translator.preprocess.Preprocessor;
import dev.kport.translator.preprocess.PreprocessorView;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the translator front end (lex, preprocessor view, parse, sema) over a ~20 MB
 * corpus of varied CUDA: the built-in kernels and realistic host/device programs, each copied
 * many times with renamed symbols, other block sizes and other element types. One operation
 * is one file; the {@code bytes} counter (bytes per second) divided by 1e6 is the MB/s figure.
 * {@code lexOnly}, {@code lexPreprocess} and {@code lexPreprocessParse} run the first stages alone
 * on the same files; the differences between them show the share of each stage. One thread by
 * default; with {@code -t 2} each core parses its own files and JMH sums the rates. On a shared
 * machine whose cores slow down from minute to minute, {@link FrontEndHostRecord} shows how much
 * of a low figure was the machine.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// the JIT compiles the front end for some 15 s of CPU; with both cores parsing it was still at it in
// the fourth 5 s iteration (-prof comp), and figures taken before that read 10-40% low
@Warmup(iterations = 6, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
@State(Scope.Benchmark)
public class FrontEndBenchmark {

  static final int CORPUS_BYTES = 20_000_000;
  static final Path FILE = Path.of("corpus.cu");
  /** What {@link FrontEnd#parse(Path, String, List, Map)} uses when given no -I and no -D. */
  static final Preprocessor.Config CONFIG = new Preprocessor.Config(List.of(), Map.of(), 900);

  List<String> corpus;

  /** Bytes parsed, reported by JMH as a rate next to the operations. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Bytes {
    public long bytes;
    /** This thread's place in the corpus: threads start apart, so they do not read the same file at once. */
    private int next = -1;

    /** The next file for this thread, counting its length. */
    String next(List<String> corpus) {
      if (next < 0) {
        next = (int) (Thread.currentThread().getId() * 7919 % corpus.size());
      }
      next = next + 1 == corpus.size() ? 0 : next + 1;
      String src = corpus.get(next);
      bytes += src.length();
      return src;
    }

    @Setup(Level.Iteration)
    public void clear() {
      bytes = 0;
    }
  }

  @Setup(Level.Trial)
  public void makeCorpus() throws IOException {
    corpus = generate(seeds(), CORPUS_BYTES);
  }

  @Benchmark
  public ParsedUnit lexParseSema(Bytes counter) {
    String src = counter.next(corpus);
    return FrontEnd.parse(FILE, src, List.of(), Map.of());
  }

  /** The lexer alone on the same files: how much of the front end's time is lexing. */
  @Benchmark
  public List<Token> lexOnly(Bytes counter) {
    String src = counter.next(corpus);
    return Lexer.lex(src);
  }

  /** Lexer and preprocessor view: with {@link #lexOnly} and {@link #lexPreprocessParse}, the cost of each stage. */
  @Benchmark
  public PreprocessorView lexPreprocess(Bytes counter) {
    String src = counter.next(corpus);
    return Preprocessor.run(FILE, Lexer.lex(src), CONFIG);
  }

  /** Everything but sema: {@link #lexParseSema} minus this is the cost of sema. */
  @Benchmark
  public Parser.Result lexPreprocessParse(Bytes counter) {
    String src = counter.next(corpus);
    List<Token> tokens = Lexer.lex(src);
    return Parser.parse(FILE.toString(), tokens, Preprocessor.run(FILE, tokens, CONFIG));
  }

  /** Copies the seeds with variations until the corpus holds {@code total} characters. */
  static List<String> generate(List<String> seeds, int total) {
    String[] types = {"float", "double", "int", "unsigned int"};
    int[] blocks = {64, 128, 256, 512, 1024};
    List<String> out = new ArrayList<>();
    int size = 0;
    int copy = 0;
    while (size < total) {
      StringBuilder file = new StringBuilder(64 * 1024);
      for (int i = 0; i < seeds.size() && file.length() < 48 * 1024; i++) {
        String s = seeds.get((copy + i) % seeds.size());
        file.append(vary(s, copy, types[copy % types.length], blocks[copy % blocks.length])).append('\n');
      }
      out.add(file.toString());
      size += file.length();
      copy++;
    }
    return out;
  }

  private static String vary(String seed, int copy, String type, int block) {
    return seed.replace("KERNEL", "kernel_" + copy).replace("REAL", type).replace("BLOCK_SIZE",
        Integer.toString(block)).replace("helper", "helper_" + copy).replace("Vec", "Vec" + copy);
  }

  /** The built-in kernels from the classpath, plus the realistic programs below. */
  static List<String> seeds() throws IOException {
    List<String> seeds = new ArrayList<>(List.of(HOST_PROGRAM, TEMPLATES, STRUCTS));
    URL root = FrontEndBenchmark.class.getResource("/kernels");
    if (root == null) {
      System.err.println("FrontEndBenchmark: no built-in kernels on the classpath; the corpus is made of"
          + " the three generated programs alone");
      return seeds;
    }
    try {
      URI uri = root.toURI();
      if (uri.getScheme().equals("jar")) {
        try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
          addSources(fs.getPath("/kernels"), seeds);
        }
      } else {
        addSources(Path.of(uri), seeds);
      }
    } catch (java.net.URISyntaxException | RuntimeException e) {
      // the generated programs alone still make a corpus, but a different one: figures measured on
      // it do not compare with the usual ones (a runtime without jdk.zipfs cannot open the jar)
      System.err.println("FrontEndBenchmark: the built-in kernels could not be read (" + e
          + "); the corpus is made of the three generated programs alone");
    }
    return seeds;
  }

  private static void addSources(Path dir, List<String> seeds) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(x -> x.toString().endsWith(".cu")).sorted().toList()) {
        try (InputStream in = Files.newInputStream(p)) {
          seeds.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
  }

  static final String HOST_PROGRAM = String.join("\n",
      "#include <cstdio>",
      "#include <cuda_runtime.h>",
      "#define CHECK(call) do { cudaError_t e = (call); if (e != cudaSuccess) { \\",
      "    fprintf(stderr, \"%s\\n\", cudaGetErrorString(e)); exit(1); } } while (0)",
      "__global__ void KERNEL(const REAL *__restrict__ a, REAL *__restrict__ b, int n) {",
      "    int i = blockIdx.x * blockDim.x + threadIdx.x;",
      "    for (; i < n; i += blockDim.x * gridDim.x) { b[i] = a[i] * (REAL)2 + b[i]; }",
      "}",
      "int run_KERNEL(int n) {",
      "    REAL *a = nullptr, *b = nullptr;",
      "    size_t bytes = n * sizeof(REAL);",
      "    CHECK(cudaMalloc((void **)&a, bytes));",
      "    CHECK(cudaMalloc((void **)&b, bytes));",
      "    dim3 block(BLOCK_SIZE), grid((n + block.x - 1) / block.x);",
      "    KERNEL<<<grid, block>>>(a, b, n);",
      "    CHECK(cudaDeviceSynchronize());",
      "    cudaFree(a); cudaFree(b);",
      "    return 0;",
      "}", "");

  static final String TEMPLATES = String.join("\n",
      "template <typename T, int BLOCK>",
      "__device__ T helper(const T *v, int i, int n) { return i < n ? v[i] : T(0); }",
      "template <typename T, int BLOCK>",
      "__global__ void __launch_bounds__(BLOCK) KERNEL(const T *in, T *out, int n) {",
      "    __shared__ T tile[BLOCK];",
      "    unsigned int tid = threadIdx.x;",
      "    tile[tid] = helper<T, BLOCK>(in, blockIdx.x * BLOCK * 2 + tid, n)",
      "              + helper<T, BLOCK>(in, blockIdx.x * BLOCK * 2 + tid + BLOCK, n);",
      "    __syncthreads();",
      "#if __CUDA_ARCH__ >= 700",
      "    for (int s = BLOCK / 2; s > 32; s >>= 1) { if (tid < s) tile[tid] += tile[tid + s]; __syncthreads(); }",
      "    if (tid < 32) { T v = tile[tid] + tile[tid + 32];",
      "        for (int o = 16; o > 0; o /= 2) v += __shfl_down_sync(0xffffffffu, v, o);",
      "        if (tid == 0) atomicAdd(out, v); }",
      "#else",
      "    for (int s = BLOCK / 2; s > 0; s >>= 1) { if (tid < s) tile[tid] += tile[tid + s]; __syncthreads(); }",
      "    if (tid == 0) atomicAdd(out, tile[0]);",
      "#endif",
      "}",
      "template __global__ void KERNEL<REAL, BLOCK_SIZE>(const REAL *, REAL *, int);",
      "void launch_KERNEL(const REAL *in, REAL *out, int n, cudaStream_t s) {",
      "    KERNEL<REAL, BLOCK_SIZE><<<(n + 2 * BLOCK_SIZE - 1) / (2 * BLOCK_SIZE), BLOCK_SIZE, 0, s>>>(in, out, n);",
      "}", "");

  static final String STRUCTS = String.join("\n",
      "struct Vec {",
      "    float x, y, z;",
      "    __host__ __device__ Vec() : x(0), y(0), z(0) {}",
      "    __host__ __device__ Vec(float a, float b, float c) : x(a), y(b), z(c) {}",
      "    __host__ __device__ Vec operator+(const Vec &o) const { return Vec(x + o.x, y + o.y, z + o.z); }",
      "    __host__ __device__ Vec operator*(float s) const { return Vec(x * s, y * s, z * s); }",
      "    __host__ __device__ float dot(const Vec &o) const { return x * o.x + y * o.y + z * o.z; }",
      "};",
      "__device__ __forceinline__ float4 helper(float4 a, float4 b) {",
      "    return make_float4(a.x + b.x, a.y + b.y, a.z + b.z, a.w + b.w);",
      "}",
      "__global__ void KERNEL(Vec *p, const Vec *v, float dt, int n) {",
      "    int i = blockIdx.x * blockDim.x + threadIdx.x;",
      "    if (i >= n) return;",
      "    Vec acc = v[i] * dt;",
      "    p[i] = p[i] + acc;",
      "    float e = acc.dot(acc);",
      "    if (e > 1e6f) { p[i] = Vec(); }",
      "    switch (i & 3) { case 0: p[i].x += 1.0f; break; default: break; }",
      "}", "");
}
