package dev.kport.harness.cli;

import dev.kport.harness.backend.BackendProbe;
import dev.kport.harness.backend.opencl.OpenClBackend;
import dev.kport.harness.spec.KernelSpec;
import dev.kport.harness.spec.SpecException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kport demo}: the built-in corpus on every available backend. */
@Command(
    name = "demo",
    header = "Run the built-in kernel corpus on every available backend.",
    mixinStandardHelpOptions = true,
    description = 
        "Run the built-in kernel corpus on every available backend and print the result table: each "
        + "kernel translated to OpenCL, built and run on every OpenCL device, checked against its Java "
        + "reference and timed; each original built with nvcc where nvcc exists. Without an OpenCL platform "
        + "it says how to install one (the ./kport launcher installs PoCL itself when run as root with apt) "
        + "and still translates every kernel and builds every original.",
    footer = {"", "Exit codes: 0 every cell that ran passed; 1 a mismatch or failure, or nothing could run."})
public final class DemoCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  RunMixin run;

  @Override
  public Integer call() throws IOException, SpecException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    BackendProbe opencl = OpenClBackend.probe();
    if (!opencl.canRun()) {
      err.println("kport: OpenCL cannot run here: " + opencl.unavailable().orElse(""));
      String home = System.getenv().getOrDefault("KPORT_HOME", ".");
      err.println("kport: to run the kernels on this CPU, install PoCL with: sudo " + Path.of(home, "ci", "install-deps.sh"));
      err.println("kport: going on with what needs no device: each kernel's translation and its nvcc build.");
    }
    Path corpus = Corpus.locate();
    List<KernelSpec> specs = SpecSet.load(List.of(corpus), run.sizes, err);
    out.println("kport demo: " + specs.size() + " kernels from " + corpus);
    DevicesCommand.print(DevicesCommand.probes(), out);
    out.println();
    return RunCommand.execute(specs, run, java.util.Optional.empty(), spec.commandLine().getParseResult().originalArgs(), out, err);
  }
}
