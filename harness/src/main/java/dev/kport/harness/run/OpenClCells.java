package dev.kport.harness.run;

import dev.kport.harness.backend.opencl.OpenClBackend;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Makes the cell that runs one spec case on one OpenCL device: in this process, or in an
 * isolated worker process that a crash or hang cannot take down with the run.
 */
public interface OpenClCells extends AutoCloseable {

  SuiteRunner.CellRunner cell(SuiteRunner.SpecCase c, OpenClBackend.Device device, long timeBudgetMs);

  /**
   * The cell that runs a hand-written {@code variants/NAME.cl} in place of the translation, with the
   * translation's kernel interface; its backend column is {@code opencl:NAME}.
   */
  SuiteRunner.CellRunner variantCell(SuiteRunner.SpecCase c, OpenClBackend.Device device, long timeBudgetMs,
      Path variant);

  /**
   * The cell of a CUDA or HIP column ({@link ModuleCell}), made where this factory runs its OpenCL
   * cells; in this process unless an implementation says otherwise.
   */
  default SuiteRunner.CellRunner moduleCell(SuiteRunner.SpecCase c, String backend, List<String> hipArchs,
      long timeBudgetMs) {
    return moduleCell(c, backend, hipArchs, timeBudgetMs, Optional.empty());
  }

  /** As above, building a hand-written {@code variants/NAME.hip} instead of the translation when given. */
  default SuiteRunner.CellRunner moduleCell(SuiteRunner.SpecCase c, String backend, List<String> hipArchs,
      long timeBudgetMs, Optional<Path> variant) {
    return new ModuleCell(c, backend, hipArchs, timeBudgetMs, c.goldenOr(golden()), variant);
  }

  /** The recording cells check against instead of each spec's reference, if any. */
  default Optional<Path> golden() {
    return Optional.empty();
  }

  @Override
  default void close() {}
}
