package dev.kport.harness.data;

import java.util.SplittableRandom;

/**
 * Random draws that give the same numbers on every machine and JDK for a seed.
 *
 * <p>Only {@link SplittableRandom#nextLong()} is used: its SplitMix64 output has not changed since
 * JDK 8, while the JDK's bounded and floating-point helpers have been reimplemented between
 * releases. Everything else is derived here, with {@link StrictMath} where a platform's
 * {@code Math} may differ in the last bit. {@code BufferFactoryTest} pins bytes for a seed so a
 * change anywhere in this chain fails a test.
 */
final class SeededDraws {

  private final SplittableRandom random;

  SeededDraws(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** Uniform in [0, 1): the top 53 bits of a draw. */
  double unit() {
    return (random.nextLong() >>> 11) * 0x1.0p-53;
  }

  /** Uniform in [lo, hi). */
  double uniform(double lo, double hi) {
    return lo + (hi - lo) * unit();
  }

  /** Normal with a mean and standard deviation: Box–Muller, one value per two draws. */
  double normal(double mean, double sd) {
    double u1 = 1.0 - unit(); // (0, 1], so the log is finite
    double u2 = unit();
    return mean + sd * StrictMath.sqrt(-2.0 * StrictMath.log(u1)) * StrictMath.cos(2.0 * StrictMath.PI * u2);
  }

  /** Uniform in [lo, hi], both inclusive, without bias. */
  long integer(long lo, long hi) {
    long span = hi - lo + 1;
    if (span <= 0) {
      // the span overflowed: the range covers more than half of all longs, so draw and reject
      long v;
      do {
        v = random.nextLong();
      } while (v < lo || v > hi);
      return v;
    }
    return lo + below(span);
  }

  /** Uniform in [0, bound), bound > 0: rejection keeps every value equally likely. */
  long below(long bound) {
    long limit = Long.MAX_VALUE - (Long.MAX_VALUE % bound + 1) % bound;
    long r;
    do {
      r = random.nextLong() >>> 1;
    } while (r > limit);
    return r % bound;
  }
}
