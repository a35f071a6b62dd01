package dev.kport.harness.spec;

import java.nio.file.Path;
import java.util.Optional;

/** How a buffer's initial contents are made. Every random kind is seeded. */
public sealed interface Init {

  /** Special values mixed in after the main kind, or empty. */
  Optional<Specials> specials();

  record Constant(double value, Optional<Specials> specials) implements Init {}

  /** element i = start + i * step */
  record Sequence(double start, double step, Optional<Specials> specials) implements Init {}

  /** uniform in [lo, hi) */
  record Uniform(double lo, double hi, long seed, Optional<Specials> specials) implements Init {}

  record Normal(double mean, double sd, long seed, Optional<Specials> specials) implements Init {}

  /** uniform integers in [lo, hi], both inclusive */
  record Integers(long lo, long hi, long seed, Optional<Specials> specials) implements Init {}

  /** read flat from an .npy file whose dtype and count match the buffer */
  record Npy(Path file, Optional<Specials> specials) implements Init {}

  /**
   * Replaces a fraction of elements with special values (NaN, ±Inf, denormals, ±0),
   * chosen with its own seed.
   *
   * @param rate fraction of elements replaced, 0 to 1
   */
  record Specials(double rate, java.util.List<String> values, long seed) {}
}
