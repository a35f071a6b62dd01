package dev.kport.harness.spec;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What is compared after the steps ran.
 *
 * @param outputs buffers compared
 * @param tolerance per output buffer, for the outputs the spec gives one; the others get a
 *     tolerance derived from the math the kernel calls
 * @param because why a known failure is expected; empty when {@code expect} is PASS
 */
public record CheckSpec(List<String> outputs, Map<String, Tolerance> tolerance, Reference reference,
    Expect expect, Optional<String> because) {

  public CheckSpec {
    outputs = List.copyOf(outputs);
    tolerance = Map.copyOf(tolerance);
  }

  public enum Expect { PASS, MISMATCH, MISTRUSTED }

  /** The spec's own tolerance for an output, if it gives one. */
  public Optional<Tolerance> toleranceOf(String output) {
    return Optional.ofNullable(tolerance.get(output));
  }

  /**
   * An element passes when |a − e| ≤ abs + rel·|e|, or when it is within {@code ulp} units in
   * the last place. Absent keys are 0.
   */
  public record Tolerance(double ulp, double abs, double rel) {
    public static final Tolerance EXACT = new Tolerance(0, 0, 0);
  }

  /** Where the expected outputs come from. */
  public sealed interface Reference {
    /** A registered Java model. */
    record Model(String name) implements Reference {}

    /** DIR/&lt;buffer&gt;.npy; DIR may contain {size}. */
    record Golden(Path dir) implements Reference {
      /** Stands for the size's name in DIR, so each size keeps its own golden files. */
      public static final String SIZE = "{size}";

      /** The golden file of one output for one size. */
      public Path file(String size, String buffer) {
        return Path.of(dir.toString().replace(SIZE, size)).resolve(buffer + ".npy");
      }
    }

    /**
     * Another backend's outputs: that backend runs the case first, and every column (itself
     * included, run again) is compared with what it wrote.
     */
    record Backend(String name) implements Reference {
      /** The backends a spec may name. */
      public static final List<String> NAMES = List.of("opencl", "cuda", "hip");
    }
  }
}
