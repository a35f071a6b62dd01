package dev.kport.harness.run;

import dev.kport.harness.backend.opencl.OpenClBackend;

/**
 * Makes the cell that runs one spec case on one OpenCL device: in this process, or in an
 * isolated worker process that a crash or hang cannot take down with the run.
 */
public interface OpenClCells extends AutoCloseable {

  SuiteRunner.CellRunner cell(SuiteRunner.SpecCase c, OpenClBackend.Device device, long timeBudgetMs);

  @Override
  default void close() {}
}
