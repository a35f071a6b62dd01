package dev.kport.harness.cli;

import dev.kport.harness.backend.cuda.CudaBackend;
import dev.kport.harness.backend.hip.HipBackend;
import dev.kport.harness.backend.opencl.OpenClBackend;
import dev.kport.harness.run.DeviceException;
import dev.kport.harness.run.ModuleCell;
import dev.kport.harness.run.Recorder;
import dev.kport.harness.run.SuiteRunner;
import dev.kport.harness.spec.KernelSpec;
import dev.kport.harness.spec.SpecException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kport record}: golden outputs from one backend, for checks on machines without it. */
@Command(
    name = "record",
    header = "Record one backend's inputs and outputs as golden .npy files.",
    mixinStandardHelpOptions = true,
    description = 
        "Run kernels on one backend and write their inputs and outputs as .npy files with a manifest "
        + "(kport version, backend, device, spec hash) under OUT/KERNEL/SIZE/. 'kport check --golden OUT' "
        + "then compares any backend with them: the workflow for CI runners without the original GPU.",
    footer = {"", "Exit codes: 0 every case recorded; 1 some case could not be recorded; 2 a usage or spec error."})
public final class RecordCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  SpecPaths paths;

  @Option(names = "--backend", required = true, paramLabel = "BACKEND",
      description = "Where the outputs come from: opencl (the first OpenCL device, or --device), cuda (the "
          + "original on the first CUDA device), hip (the HIP translation on the first AMD GPU) or reference "
          + "(the Java models).")
  String backend;

  @Option(names = "--hip-arch", split = ",", paramLabel = "ARCH", defaultValue = "gfx90a",
      description = "With --backend hip: the AMD architectures to build for (default: ${DEFAULT-VALUE}); one must "
          + "be the GPU's.")
  List<String> hipArchs;

  @Option(names = "--device", paramLabel = "ID", description = "OpenCL device id as 'kport devices' lists it "
      + "(default: the first).")
  String device;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "OUT", description = "Folder to write into.")
  Path out;

  @Option(names = "--size", split = ",", paramLabel = "NAME",
      description = "Sizes to record, comma-separated, or 'all' (default: each spec's default size).")
  List<String> sizes = new ArrayList<>();

  @Override
  public Integer call() throws SpecException, IOException, OpenClBackend.OpenClUnavailable {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<KernelSpec> specs = paths.load(sizes, err);
    boolean module = backend.equals(CudaBackend.ID) || backend.equals(HipBackend.ID);
    OpenClBackend.Device d = backend.equals("opencl") ? openClDevice() : null;
    if (d == null && !module && !backend.equals("reference")) {
      throw new UsageException("--backend: expected opencl, cuda, hip or reference, got '" + backend + "'");
    }
    int failed = 0;
    for (KernelSpec s : specs) {
      for (String size : sizesOf(s)) {
        try {
          Path dir = module
              ? new ModuleCell(new SuiteRunner.SpecCase(s, size), backend, hipArchs, 0, Optional.empty())
                  .record(out, Version.current())
              : d == null ? Recorder.recordReference(s, size, out, Version.current())
              : Recorder.recordOpenCl(s, size, d, out, Version.current());
          stdout.println("recorded " + s.name() + " [" + size + "] -> " + dir);
        } catch (DeviceException e) {
          failed++;
          err.println("kport: " + s.name() + " [" + size + "]: not recorded: " + e.getMessage().lines().findFirst()
              .orElse(""));
        }
      }
    }
    stdout.flush();
    return failed == 0 ? Main.EXIT_OK : Main.EXIT_FAILED;
  }

  private OpenClBackend.Device openClDevice() throws OpenClBackend.OpenClUnavailable {
    List<OpenClBackend.Device> devices = OpenClBackend.devices();
    if (devices.isEmpty()) {
      throw new UsageException("--backend opencl: no OpenCL device here (see 'kport devices')");
    }
    if (device == null) {
      return devices.get(0);
    }
    return devices.stream().filter(x -> x.info().id().equals(device)).findFirst()
        .orElseThrow(() -> new UsageException("--device: no OpenCL device '" + device + "' (have: "
            + String.join(", ", devices.stream().map(x -> x.info().id()).toList()) + ")"));
  }

  private List<String> sizesOf(KernelSpec s) {
    if (sizes.isEmpty()) {
      return List.of(s.defaultSize());
    }
    return sizes.contains("all") ? List.copyOf(s.sizes().keySet()) : sizes;
  }
}
