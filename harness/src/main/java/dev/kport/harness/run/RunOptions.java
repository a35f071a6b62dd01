package dev.kport.harness.run;

import java.util.List;

/**
 * What a run covers and how hard it times.
 *
 * @param backends backend ids to use, in column order (opencl, cuda, hip)
 * @param sizes size names to run; empty means each spec's default size; "all" means every size
 * @param timeBudgetMs device-time budget per cell for timing repetitions; 0 times the checked run only
 * @param hipArchs AMD architectures the HIP column builds for (hipcc --offload-arch), at least one
 * @param variants also run each kernel folder's hand-written {@code variants/NAME.cl} beside the translation
 */
public record RunOptions(List<String> backends, List<String> sizes, long timeBudgetMs, List<String> hipArchs,
    boolean variants) {

  public RunOptions {
    backends = List.copyOf(backends);
    sizes = List.copyOf(sizes);
    hipArchs = hipArchs.isEmpty() ? List.of(dev.kport.harness.backend.hip.HipBackend.DEFAULT_ARCH)
        : List.copyOf(hipArchs);
  }

  /** HIP builds for the default architecture, without hand-written variants. */
  public RunOptions(List<String> backends, List<String> sizes, long timeBudgetMs) {
    this(backends, sizes, timeBudgetMs, List.of());
  }

  /** Without hand-written variants. */
  public RunOptions(List<String> backends, List<String> sizes, long timeBudgetMs, List<String> hipArchs) {
    this(backends, sizes, timeBudgetMs, hipArchs, false);
  }

  public RunOptions withVariants(boolean on) {
    return new RunOptions(backends, sizes, timeBudgetMs, hipArchs, on);
  }
}
