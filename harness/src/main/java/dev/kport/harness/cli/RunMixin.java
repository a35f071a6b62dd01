package dev.kport.harness.cli;

import dev.kport.harness.isolation.IsolatedOpenClCells;
import dev.kport.harness.run.InProcessOpenClCells;
import dev.kport.harness.run.OpenClCells;
import dev.kport.harness.run.RunOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options shared by every command that runs kernels. */
public final class RunMixin {

  static final List<String> ALL_BACKENDS = List.of("opencl", "cuda", "hip");

  @Option(names = "--backends", split = ",", paramLabel = "LIST", defaultValue = "opencl,cuda,hip",
      description = "Backends to use, comma-separated, in column order (default: ${DEFAULT-VALUE}). "
          + "opencl runs the translation on every OpenCL device; cuda builds the original with nvcc and runs it "
          + "where an NVIDIA driver is; hip builds the HIP translation with hipcc and runs it where an AMD GPU is.")
  List<String> backends;

  @Option(names = "--hip-arch", split = ",", paramLabel = "ARCH", defaultValue = "gfx90a",
      description = "AMD architectures the hip column builds for with hipcc --offload-arch, comma-separated "
          + "(default: ${DEFAULT-VALUE}), e.g. gfx90a,gfx942,gfx1100. To run, one of them must be the GPU's.")
  List<String> hipArchs;

  @Option(names = "--size", split = ",", paramLabel = "NAME",
      description = "Sizes to run, by the names the specs give them, comma-separated, or 'all' "
          + "(default: each spec's 'default' size, else its first).")
  List<String> sizes = new ArrayList<>();

  @Option(names = "--time-budget", paramLabel = "MS", defaultValue = "300",
      description = "Device time in milliseconds spent timing each cell after it is checked "
          + "(default: ${DEFAULT-VALUE}; 1000 for bench); 0 times only the checked run.")
  long timeBudgetMs;

  @Option(names = {"-q", "--quiet"}, description = "No progress lines on stderr.")
  boolean quiet;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "600",
      description = "Time limit of one cell (build, run, check, timing) in its worker process "
          + "(default: ${DEFAULT-VALUE}); a cell past it is reported as a timeout and the run goes on.")
  long timeoutSeconds;

  @Option(names = "--no-isolation",
      description = "Run OpenCL cells inside this process instead of a worker process: faster to start, "
          + "but a kernel that crashes the driver ends the whole run.")
  boolean noIsolation;

  @Option(names = "--shard", paramLabel = "I/N",
      description = "Run only part I of N of the specs (sorted by name, every N-th): CI matrix jobs or cluster "
          + "array tasks each take one part, and 'kport report merge' joins their results.json files.")
  String shard;

  @Option(names = "--report", paramLabel = "DIR",
      description = "Also write results.json, junit.xml and summary.md into DIR. When $GITHUB_STEP_SUMMARY is "
          + "set, the Markdown summary is appended to it as well.")
  Path reportDir;

  /** Whether kernel folders' hand-written variants run too: set by commands, not an option here. */
  boolean variants;

  RunOptions options() {
    for (String b : backends) {
      if (!ALL_BACKENDS.contains(b)) {
        throw new UsageException("--backends: unknown backend '" + b + "' (expected some of: "
            + String.join(", ", ALL_BACKENDS) + ")");
      }
    }
    if (timeoutSeconds <= 0) {
      throw new UsageException("--timeout: expected a positive number of seconds, got " + timeoutSeconds);
    }
    if (timeBudgetMs < 0) {
      throw new UsageException("--time-budget: expected 0 or more milliseconds, got " + timeBudgetMs);
    }
    for (String a : hipArchs) {
      if (!a.matches("gfx[0-9a-f]+(:[a-z+-:]+)?")) {
        throw new UsageException("--hip-arch: '" + a + "' is no AMD GPU architecture (expected e.g. gfx90a, gfx1100)");
      }
    }
    return new RunOptions(backends, sizes, timeBudgetMs, hipArchs, variants);
  }

  Shard shard() {
    return shard == null ? Shard.WHOLE : Shard.parse(shard);
  }

  /** Where OpenCL cells run: a worker process with a time limit, unless --no-isolation. */
  OpenClCells openClCells(Optional<Path> golden) {
    return noIsolation ? new InProcessOpenClCells(golden) : new IsolatedOpenClCells(timeoutSeconds * 1000, golden);
  }
}
