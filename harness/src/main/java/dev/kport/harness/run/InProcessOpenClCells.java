package dev.kport.harness.run;

import dev.kport.harness.backend.opencl.OpenClBackend;
import dev.kport.harness.spec.KernelSpec;
import dev.kport.harness.spec.SpecException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * OpenCL cells run in this process. Translation and inputs are made once per spec case and
 * shared by the devices that run it one after the other.
 */
public final class InProcessOpenClCells implements OpenClCells {

  private final Optional<Path> golden;
  private Optional<KernelSpec> translatedSpec = Optional.empty();
  private TranslatedKernel translation;
  private Optional<SuiteRunner.SpecCase> preparedCase = Optional.empty();
  private CaseData data;

  /** @param golden a recording to check against instead of each spec's reference, if any */
  public InProcessOpenClCells(Optional<Path> golden) {
    this.golden = golden;
  }

  public InProcessOpenClCells() {
    this(Optional.empty());
  }

  @Override
  public Optional<Path> golden() {
    return golden;
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
        return new OpenClCell(c, translation(c.spec()), data(c), device, timeBudgetMs).run();
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
        return new OpenClCell(c, TranslatedKernel.variant(c.spec(), variant), data(c), device, timeBudgetMs).run();
      }
    };
  }

  private TranslatedKernel translation(KernelSpec spec) {
    if (!translatedSpec.equals(Optional.of(spec))) {
      translation = TranslatedKernel.translate(spec);
      translatedSpec = Optional.of(spec);
    }
    return translation;
  }

  private CaseData data(SuiteRunner.SpecCase c) throws SpecException {
    if (!preparedCase.equals(Optional.of(c))) {
      data = null; // let the previous case's buffers go before making the next
      data = CaseData.prepare(c.spec(), c.size(), c.goldenOr(golden));
      preparedCase = Optional.of(c);
    }
    return data;
  }
}
