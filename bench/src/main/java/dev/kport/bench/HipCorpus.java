package dev.kport.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A generated corpus of whole CUDA programs, the kind a port moves to HIP: each file is one of the
 * built-in kernels followed by host code written in the style of the CUDA samples (error-checking
 * macro, allocations, copies, streams and events, launches in all their forms, driver API calls,
 * cuRAND and cuBLAS calls, comments and strings that mention CUDA names) until the file reaches its
 * size. Deterministic: the same count and size give the same bytes.
 * {@code java -cp bench/target/benchmarks.jar dev.kport.bench.HipCorpus OUT_DIR [FILES [BYTES_PER_FILE]]}
 * writes it to a folder (to time {@code kport translate} on it).
 */
public final class HipCorpus {

  /** A generated file: its relative path and text. */
  public record File(String path, String text) {}

  private static final String PRELUDE = """
      // Generated host and device code for the HIP translation benchmark.
      #include <cuda_runtime.h>
      #include <cuda.h>
      #include <curand.h>
      #include <cublas_v2.h>
      #include <cstdio>
      #include <cstdlib>
      #include <vector>
      #define CHECK(call) do { cudaError_t err_ = (call); if (err_ != cudaSuccess) { \\
          fprintf(stderr, "CUDA error %s at %s:%d\\n", cudaGetErrorString(err_), __FILE__, __LINE__); \\
          exit(1); } } while (0)
      """;

  private static final String HOST_BLOCK = """

      /* Part %1$d: moves data through the device with streams and events (cudaMemcpyAsync overlaps). */
      template <typename T, int kFillBlock>
      __global__ void fill_%1$d(T *p, T v, int n) {
        int i = blockIdx.x * kFillBlock + threadIdx.x;
        if (i < n) { p[i] = v + static_cast<T>(__ldg(&p[i]) * 0); }
        __syncthreads();
      }

      namespace part%1$d {
      __global__ void scale(float *p, float a, int n) {
        for (int i = blockIdx.x * blockDim.x + threadIdx.x; i < n; i += blockDim.x * gridDim.x) {
          p[i] = __fmul_rn(p[i], a) + __shfl_down_sync(0xffffffff, p[i], 1) * 0.0f;
        }
      }
      }

      static float run_part%1$d(int n, int device) {
        cudaDeviceProp prop;
        CHECK(cudaGetDeviceProperties(&prop, device));
        CHECK(cudaSetDevice(device));
        float *h = nullptr, *d = nullptr, *e = nullptr;
        CHECK(cudaMallocHost(&h, n * sizeof(float)));
        CHECK(cudaMalloc(&d, n * sizeof(float)));
        CHECK(cudaMallocManaged(&e, n * sizeof(float), cudaMemAttachGlobal));
        for (int i = 0; i < n; ++i) h[i] = 0.5f * i;
        cudaStream_t s[2];
        cudaEvent_t start, stop;
        for (int k = 0; k < 2; ++k) CHECK(cudaStreamCreateWithFlags(&s[k], cudaStreamNonBlocking));
        CHECK(cudaEventCreate(&start));
        CHECK(cudaEventCreate(&stop));
        CHECK(cudaEventRecord(start, s[0]));
        CHECK(cudaMemcpyAsync(d, h, n * sizeof(float), cudaMemcpyHostToDevice, s[0]));
        dim3 grid((n + 255) / 256), block(256);
        fill_%1$d<float, 256><<<grid, block, 0, s[0]>>>(d, 1.0f, n);
        part%1$d::scale<<<grid, block>>>(d, 2.0f, n);
        part%1$d::scale<<<dim3((n + 127) / 128, 1, 1),
                         dim3(128, 1, 1),
                         0, s[1]>>>(e, 3.0f, n);
        CHECK(cudaGetLastError());
        CHECK(cudaMemcpyAsync(h, d, n * sizeof(float), cudaMemcpyDeviceToHost, s[0]));
        CHECK(cudaEventRecord(stop, s[0]));
        CHECK(cudaEventSynchronize(stop));
        float ms = 0.0f;
        CHECK(cudaEventElapsedTime(&ms, start, stop));
        CHECK(cudaMemset(d, 0, n * sizeof(float)));
        CHECK(cudaMemcpy2D(d, 16, h, 16, 16, 4, cudaMemcpyHostToDevice));
        CHECK(cudaDeviceSynchronize());
        CUdevice dev;
        CUcontext ctx;
        cuInit(0);
        cuDeviceGet(&dev, 0);
        cuCtxCreate(&ctx, 0, dev);
        CUdeviceptr raw;
        cuMemAlloc(&raw, n * sizeof(float));
        cuMemcpyHtoD(raw, h, n * sizeof(float));
        cuMemFree(raw);
        cuCtxDestroy(ctx);
        curandGenerator_t gen;
        curandCreateGenerator(&gen, CURAND_RNG_PSEUDO_DEFAULT);
        curandSetPseudoRandomGeneratorSeed(gen, 1234ULL + %1$d);
        curandGenerateUniform(gen, d, n);
        curandDestroyGenerator(gen);
        cublasHandle_t handle;
        cublasCreate(&handle);
        const float alpha = 1.0f;
        cublasSaxpy(handle, n, &alpha, d, 1, e, 1);
        cublasDestroy(handle);
        printf("part %1$d: cudaMemcpy took %%f ms on %%s\\n", ms, prop.name);
        for (int k = 0; k < 2; ++k) CHECK(cudaStreamDestroy(s[k]));
        CHECK(cudaEventDestroy(start));
        CHECK(cudaEventDestroy(stop));
        CHECK(cudaFree(e));
        CHECK(cudaFree(d));
        CHECK(cudaFreeHost(h));
        return ms;
      }
      """;

  private HipCorpus() {}

  /** {@code files} programs of about {@code bytesPerFile} each, from the kernels under {@code kernelsDir}. */
  public static List<File> generate(Path kernelsDir, int files, int bytesPerFile) {
    List<String> kernels = readKernels(kernelsDir);
    List<File> out = new ArrayList<>();
    int part = 0;
    for (int f = 0; f < files; f++) {
      StringBuilder sb = new StringBuilder(bytesPerFile + HOST_BLOCK.length() * 2);
      sb.append(PRELUDE);
      sb.append("\n// ---- kernel ").append(f % kernels.size()).append(" of the corpus ----\n");
      sb.append(kernels.get(f % kernels.size()).replace("#include", "// #include"));
      while (sb.length() < bytesPerFile) {
        sb.append(HOST_BLOCK.formatted(part++));
      }
      out.add(new File(String.format("app%02d/src/prog%04d.cu", f % 16, f), sb.toString()));
    }
    return out;
  }

  private static List<String> readKernels(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      List<String> texts = new ArrayList<>();
      for (Path p : walk.filter(x -> x.toString().endsWith(".cu")).sorted().toList()) {
        texts.add(Files.readString(p, StandardCharsets.UTF_8));
      }
      if (texts.isEmpty()) {
        throw new IllegalStateException("no .cu kernels under " + dir.toAbsolutePath());
      }
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the kernels under " + dir.toAbsolutePath(), e);
    }
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: HipCorpus OUT_DIR [FILES [BYTES_PER_FILE]]");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    int files = args.length > 1 ? Integer.parseInt(args[1]) : 300;
    int bytes = args.length > 2 ? Integer.parseInt(args[2]) : 70_000;
    long total = 0;
    for (File f : generate(Path.of(System.getProperty("kport.kernels", "kernels/src/main/resources/kernels")), files,
        bytes)) {
      Path p = out.resolve(f.path());
      Files.createDirectories(p.getParent());
      Files.writeString(p, f.text(), StandardCharsets.UTF_8);
      total += f.text().length();
    }
    System.out.printf("wrote %d files, %.1f MB, under %s%n", files, total / 1e6, out);
  }
}
