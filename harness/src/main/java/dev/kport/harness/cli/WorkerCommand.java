package dev.kport.harness.cli;

import dev.kport.harness.backend.cuda.CudaBackend;
import dev.kport.harness.backend.hip.HipBackend;
import dev.kport.harness.backend.opencl.OpenClBackend;
import dev.kport.harness.isolation.WorkerProtocol;
import dev.kport.harness.run.CellResult;
import dev.kport.harness.run.InProcessOpenClCells;
import dev.kport.harness.run.ModuleCell;
import dev.kport.harness.run.SuiteRunner;
import dev.kport.harness.spec.KernelSpec;
import dev.kport.harness.spec.SpecException;
import dev.kport.harness.spec.SpecLoader;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code kport worker}: the other end of isolation. Reads one request per line on stdin, runs the
 * cell in this process, prints its result between marker lines; exits when stdin closes.
 */
@Command(name = "worker", hidden = true, mixinStandardHelpOptions = true,
    description = "Internal: runs cells for an isolated run; not for direct use.")
public final class WorkerCommand implements Callable<Integer> {

  @Override
  public Integer call() throws Exception {
    // System.out, not picocli's writer: the kernel's printf shares this stream and the markers must
    // land between whole lines of it
    PrintStream out = System.out;
    Map<Optional<Path>, InProcessOpenClCells> cellsByGolden = new HashMap<>();
    List<OpenClBackend.Device> devices = openClDevices();
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      WorkerProtocol.Request r = WorkerProtocol.decodeRequest(line);
      try {
        KernelSpec spec = SpecLoader.load(Path.of(r.spec()));
        Optional<Path> golden = Optional.ofNullable(r.golden()).map(Path::of);
        if (r.device().equals(CudaBackend.ID) || r.device().equals(HipBackend.ID)) {
          out.println(WorkerProtocol.encode(new ModuleCell(new SuiteRunner.SpecCase(spec, r.size()), r.device(),
              r.hipArchs() == null ? List.of() : r.hipArchs(), r.timeBudgetMs(), golden,
              Optional.ofNullable(r.variant()).map(Path::of)).run()));
          out.flush();
          continue;
        }
        OpenClBackend.Device device = devices.stream().filter(d -> d.info().id().equals(r.device())).findFirst()
            .orElseThrow(() -> new IllegalStateException("no OpenCL device " + r.device() + " in the worker"));
        InProcessOpenClCells cells = cellsByGolden.computeIfAbsent(golden, InProcessOpenClCells::new);
        SuiteRunner.SpecCase c = new SuiteRunner.SpecCase(spec, r.size());
        CellResult result = (r.variant() == null ? cells.cell(c, device, r.timeBudgetMs())
            : cells.variantCell(c, device, r.timeBudgetMs(), Path.of(r.variant()))).run();
        out.println(WorkerProtocol.encode(result));
      } catch (SpecException e) {
        out.println(WorkerProtocol.encode(e));
      }
      out.flush();
    }
    return Main.EXIT_OK;
  }

  /** A worker for CUDA and HIP cells only still starts on a machine without OpenCL. */
  private static List<OpenClBackend.Device> openClDevices() {
    try {
      return OpenClBackend.devices();
    } catch (OpenClBackend.OpenClUnavailable | LinkageError e) {
      return List.of();
    }
  }
}
