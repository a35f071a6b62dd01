package dev.kport.bench;

import dev.kport.harness.backend.opencl.OpenClBackend;
import dev.kport.harness.backend.opencl.OpenClExecutor;
import dev.kport.harness.data.BufferFactory;
import dev.kport.harness.data.HostBuffer;
import dev.kport.harness.expr.Expressions;
import dev.kport.harness.run.StepInterpreter;
import dev.kport.harness.spec.BufferSpec;
import dev.kport.harness.spec.KernelSpec;
import dev.kport.harness.spec.SpecLoader;
import dev.kport.translator.Target;
import dev.kport.translator.TranslateOptions;
import dev.kport.translator.Translation;
import dev.kport.translator.Translator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The harness's cost per kernel launch on the first OpenCL device: a spec's repeat of 100
 * launches of a one-line kernel through the step interpreter and the executor (guard-zone reads
 * included), then one wait. {@code bench/launch-overhead.sh} runs it beside the same launches in C
 * ({@code bench/src/main/c/launch_overhead.c}) and prints the ratio.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LaunchOverheadBenchmark {

  private OpenClExecutor executor;
  private StepInterpreter steps;
  private Map<String, Double> variables;

  @Setup
  public void build() throws Exception {
    Path dir = Files.createTempDirectory("kport-launch");
    for (String f : new String[] {"kernel.yaml", "touch.cu"}) {
      try (var in = LaunchOverheadBenchmark.class.getResourceAsStream("/launch/" + f)) {
        Files.copy(in, dir.resolve(f));
      }
    }
    KernelSpec spec = SpecLoader.load(dir.resolve("kernel.yaml"));
    Translation t = Translator.translate(spec.source(), TranslateOptions.of(Target.OPENCL));
    OpenClBackend.Device device = OpenClBackend.devices().get(0);
    executor = OpenClExecutor.build(device, t.output(), "-cl-std=CL1.2");
    steps = new StepInterpreter(spec, t.kernelInterface().orElseThrow());
    variables = Expressions.variables(spec, "default");
    Map<String, HostBuffer> buffers = new LinkedHashMap<>();
    for (BufferSpec b : spec.buffers().values()) {
      buffers.put(b.name(), BufferFactory.create(spec, b.name(), "default"));
    }
    executor.upload(buffers);
    executor.guardEachLaunch(false); // as in timing repetitions, where hundreds of launches run
  }

  @Benchmark
  @OperationsPerInvocation(100)
  public long hundredLaunches() throws Exception {
    steps.run(variables, executor);
    return executor.finish();
  }

  @TearDown
  public void close() throws IOException {
    executor.close();
  }
}
