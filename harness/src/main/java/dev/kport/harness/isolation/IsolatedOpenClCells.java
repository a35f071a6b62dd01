package dev.kport.harness.isolation;

import dev.kport.harness.backend.opencl.OpenClBackend;
import dev.kport.harness.report.ResultsFormatException;
import dev.kport.harness.run.CellResult;
import dev.kport.harness.run.OpenClCells;
import dev.kport.harness.run.Stage;
import dev.kport.harness.run.StageResult;
import dev.kport.harness.run.SuiteRunner;
import dev.kport.harness.run.Verdict;
import dev.kport.harness.spec.SpecException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * OpenCL, CUDA and HIP cells run one at a time in a worker process with a time limit. A crash or a timeout
 * becomes that cell's result, with what the worker last printed, and the next cell gets a fresh
 * worker; a healthy worker is reused, so a suite pays for one JVM start, not one per cell.
 */
public final class IsolatedOpenClCells implements OpenClCells {

  private final long timeoutMs;
  private final Optional<Path> golden;
  private Worker worker;

  public IsolatedOpenClCells(long timeoutMs, Optional<Path> golden) {
    this.timeoutMs = timeoutMs;
    this.golden = golden;
  }

  @Override
  public SuiteRunner.CellRunner cell(SuiteRunner.SpecCase c, OpenClBackend.Device device, long timeBudgetMs) {
    return new SuiteRunner.CellRunner() {
      @Override
      public String label() {
        return device.info().id();
      }

      @Override
      public CellResult run() throws SpecException {
        WorkerProtocol.Request request = new WorkerProtocol.Request(
            c.spec().file().toAbsolutePath().toString(), c.size(), device.info().id(), timeBudgetMs,
            c.goldenOr(golden).map(g -> g.toAbsolutePath().toString()).orElse(null));
        return ask(c, OpenClBackend.ID, device.info().name(), WorkerProtocol.encode(request));
      }
    };
  }

  /** CUDA and HIP cells run in the same worker, so a build that hangs or a driver that crashes costs only that cell. */
  @Override
  public SuiteRunner.CellRunner moduleCell(SuiteRunner.SpecCase c, String backend, List<String> hipArchs,
      long timeBudgetMs, Optional<Path> variant) {
    String column = variant.map(v -> {
      String name = v.getFileName().toString();
      return backend + ":" + name.substring(0, name.lastIndexOf('.'));
    }).orElse(backend);
    return new SuiteRunner.CellRunner() {
      @Override
      public String label() {
        return column;
      }

      @Override
      public CellResult run() throws SpecException {
        WorkerProtocol.Request request = new WorkerProtocol.Request(
            c.spec().file().toAbsolutePath().toString(), c.size(), backend, timeBudgetMs,
            c.goldenOr(golden).map(g -> g.toAbsolutePath().toString()).orElse(null), hipArchs,
            variant.map(v -> v.toAbsolutePath().toString()).orElse(null));
        return ask(c, column, "-", WorkerProtocol.encode(request));
      }
    };
  }

  @Override
  public SuiteRunner.CellRunner variantCell(SuiteRunner.SpecCase c, OpenClBackend.Device device, long timeBudgetMs,
      Path variant) {
    return new SuiteRunner.CellRunner() {
      @Override
      public String label() {
        return device.info().id() + " " + variant.getFileName();
      }

      @Override
      public CellResult run() throws SpecException {
        WorkerProtocol.Request request = new WorkerProtocol.Request(
            c.spec().file().toAbsolutePath().toString(), c.size(), device.info().id(), timeBudgetMs,
            c.goldenOr(golden).map(g -> g.toAbsolutePath().toString()).orElse(null), null,
            variant.toAbsolutePath().toString());
        String name = variant.getFileName().toString();
        return ask(c, OpenClBackend.ID + ":" + name.substring(0, name.lastIndexOf('.')), device.info().name(),
            WorkerProtocol.encode(request));
      }
    };
  }

  @Override
  public Optional<Path> golden() {
    return golden;
  }

  private CellResult ask(SuiteRunner.SpecCase c, String backend, String device, String request) throws SpecException {
    try {
      if (worker == null || !worker.alive()) {
        worker = Worker.start();
      }
    } catch (IOException e) {
      return crashed(c, backend, device, "cannot start a worker process: " + e.getMessage());
    }
    Worker.Reply reply = worker.ask(request, timeoutMs);
    if (reply instanceof Worker.Reply.Death d) {
      worker.kill();
      worker = null;
      return crashed(c, backend, device, d.reason());
    }
    Worker.Reply.Answer a = (Worker.Reply.Answer) reply;
    try {
      if (a.specError()) {
        throw WorkerProtocol.decodeSpecError(a.text());
      }
      return WorkerProtocol.decodeCell(a.text());
    } catch (IOException | ResultsFormatException e) {
      return crashed(c, backend, device, "the worker's answer could not be read: " + e.getMessage());
    }
  }

  private static CellResult crashed(SuiteRunner.SpecCase c, String backend, String device, String why) {
    String first = why.lines().findFirst().orElse(why);
    return new CellResult(c.spec().name(), c.size(), backend, device,
        Map.of(Stage.RUN, new StageResult.Crashed(why)), Map.of(), Optional.empty(), Verdict.CRASHED, first);
  }

  @Override
  public void close() {
    if (worker != null) {
      worker.close();
      worker = null;
    }
  }
}
