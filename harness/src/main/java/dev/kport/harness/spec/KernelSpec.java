package dev.kport.harness.spec;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One {@code kernel.yaml}, validated: the contract between a kernel and the harness.
 * Paths are resolved against the spec's folder. Maps keep the order of the file.
 *
 * @param file the spec file itself
 * @param defines macro name to expression (of size variables); passed as {@code -D} to every compiler
 * @param sizes size name to its variables (name to value), in file order
 */
public record KernelSpec(
    Path file,
    String name,
    Path source,
    List<Path> includes,
    Map<String, String> defines,
    Map<String, Map<String, Double>> sizes,
    Map<String, BufferSpec> buffers,
    List<Step> steps,
    CheckSpec check,
    Optional<Metrics> metrics) {

  public KernelSpec {
    includes = List.copyOf(includes);
    steps = List.copyOf(steps);
  }

  public Path dir() {
    return file.toAbsolutePath().getParent();
  }

  /** The size used when none is asked for: "default" if present, else the first. */
  public String defaultSize() {
    return sizes.containsKey("default") ? "default" : sizes.keySet().iterator().next();
  }

  /** Every kernel entry the steps launch, in first-use order. */
  public List<String> entries() {
    return Step.launches(steps).map(Step.Launch::kernel).distinct().toList();
  }

  /** @param bytes bytes moved per run, an expression; @param flops operations per run */
  public record Metrics(Optional<String> bytes, Optional<String> flops) {}
}
