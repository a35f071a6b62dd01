package dev.kport.harness.spec;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How a buffer's initial contents are made. Every random kind is seeded. Values index the flat
 * scalars of a buffer (a float4 buffer of count n has 4n of them).
 */
public sealed interface Init {

  /** Special values mixed in after the main kind, or empty. */
  Optional<Specials> specials();

  record Constant(double value, Optional<Specials> specials) implements Init {}

  /** scalar i = start + i * step */
  record Sequence(double start, double step, Optional<Specials> specials) implements Init {}

  /** uniform in [lo, hi) */
  record Uniform(double lo, double hi, long seed, Optional<Specials> specials) implements Init {}

  record Normal(double mean, double sd, long seed, Optional<Specials> specials) implements Init {}

  /** uniform integers in [lo, hi], both inclusive */
  record Integers(long lo, long hi, long seed, Optional<Specials> specials) implements Init {}

  /**
   * Read flat from an .npy file whose dtype and count match the buffer.
   *
   * @param file resolved against the spec's folder; may contain {@code {size}}
   */
  record Npy(Path file, Optional<Specials> specials) implements Init {
    /** Stands for the size's name in a file name, so each size can have its own data. */
    public static final String SIZE = "{size}";

    /** The file for one size. */
    public Path file(String size) {
      return Path.of(file.toString().replace(SIZE, size));
    }
  }

  /**
   * Replaces a fraction of scalars with special values, chosen with its own seed.
   *
   * @param rate fraction of scalars replaced, 0 to 1 (rounded to a whole count)
   * @param values canonical names from {@link #ALL}, picked uniformly for each replaced scalar
   */
  record Specials(double rate, List<String> values, long seed) {

    /** Every special value, by its canonical name. */
    public static final List<String> ALL = List.of("nan", "inf", "-inf", "denormal", "-denormal", "zero", "-zero");

    /** The default for float and double buffers (integer buffers default to zero only). */
    public static final List<String> FLOATING = List.of("nan", "inf", "-inf", "denormal", "zero", "-zero");

    // YAML's own spellings are accepted too, so `.nan` and `-.inf` mean what they say
    private static final Map<String, String> ALIASES = Map.of(
        ".nan", "nan", "+inf", "inf", ".inf", "inf", "+.inf", "inf", "infinity", "inf",
        "-.inf", "-inf", "-infinity", "-inf", "0", "zero", "-0", "-zero", "subnormal", "denormal");

    public Specials {
      values = List.copyOf(values);
    }

    /** The canonical name of a special value, or null when the text names none. */
    public static String canonical(String text) {
      String t = text.strip().toLowerCase(Locale.ROOT);
      if (ALL.contains(t)) {
        return t;
      }
      return ALIASES.get(t);
    }
  }
}
