package dev.kport.harness.run;

import java.util.List;

/**
 * What a run covers and how hard it times.
 *
 * @param backends backend ids to use, in column order (opencl, cuda, hip)
 * @param sizes size names to run; empty means each spec's default size; "all" means every size
 * @param timeBudgetMs device-time budget per cell for timing repetitions; 0 times the checked run only
 */
public record RunOptions(List<String> backends, List<String> sizes, long timeBudgetMs) {

  public RunOptions {
    backends = List.copyOf(backends);
    sizes = List.copyOf(sizes);
  }
}
