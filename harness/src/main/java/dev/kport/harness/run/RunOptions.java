package dev.kport.harness.run;

import java.util.List;

/**
 * What a run covers and how hard it times.
 *
 * @param backends backend ids to use, in column order (opencl, cuda, hip)
 * @param sizes size names to run; empty means each spec's default size; "all" means every size
 * @param timeBudgetMs device-time budget per cell for timing repetitions; 0 times the checked run only
 * @param variants also run each kernel folder's hand-written {@code variants/NAME.cl} beside the translation
 */
public record RunOptions(List<String> backends, List<String> sizes, long timeBudgetMs, boolean variants) {

  public RunOptions {
    backends = List.copyOf(backends);
    sizes = List.copyOf(sizes);
  }

  /** Without hand-written variants. */
  public RunOptions(List<String> backends, List<String> sizes, long timeBudgetMs) {
    this(backends, sizes, timeBudgetMs, false);
  }

  public RunOptions withVariants(boolean on) {
    return new RunOptions(backends, sizes, timeBudgetMs, on);
  }
}
