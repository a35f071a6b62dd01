package dev.kport.harness.spec;

import dev.kport.harness.data.Npy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads one buffer's {@code init} map; see {@link Init} and the package documentation. */
final class InitReader {

  static final List<String> KINDS = List.of("constant", "sequence", "uniform", "normal", "integers", "npy");
  private static final List<String> SEEDED = List.of("uniform", "normal", "integers");

  private final Path dir;
  private final ElementType type;
  private final Map<String, Long> countBySize;

  /** @param countBySize the buffer's element count for every size, to check an .npy against */
  InitReader(Path dir, ElementType type, Map<String, Long> countBySize) {
    this.dir = dir;
    this.type = type;
    this.countBySize = countBySize;
  }

  Init read(SpecNode init) throws SpecException {
    String kind = kind(init);
    boolean seeded = SEEDED.contains(kind);
    init.keys(seeded ? List.of(kind, "seed") : List.of(kind), List.of("specials"));
    SpecNode value = init.get(kind);
    Optional<Init.Specials> specials = init.find("specials").isPresent()
        ? Optional.of(specials(init.get("specials"))) : Optional.empty();
    long seed = seeded ? init.get("seed").wholeNumber() : 0;
    switch (kind) {
      case "constant":
        return new Init.Constant(storable(value, value.number()), specials);
      case "sequence": {
        double[] p = pair(value, "[start, step]");
        storable(value, p[0]);
        storable(value, p[1]);
        return new Init.Sequence(p[0], p[1], specials);
      }
      case "uniform": {
        double[] p = pair(value, "[lo, hi]");
        if (!(p[0] < p[1])) {
          throw value.error("expected lo < hi, got [" + p[0] + ", " + p[1] + "]");
        }
        return new Init.Uniform(p[0], p[1], seed, specials);
      }
      case "normal": {
        double[] p = pair(value, "[mean, sd]");
        if (p[1] < 0) {
          throw value.error("expected a standard deviation >= 0, got " + p[1]);
        }
        return new Init.Normal(p[0], p[1], seed, specials);
      }
      case "integers":
        return integers(value, seed, specials);
      default:
        return npy(value, specials);
    }
  }

  private String kind(SpecNode init) throws SpecException {
    List<String> found = new ArrayList<>();
    for (String key : init.entries().keySet()) {
      if (KINDS.contains(key)) {
        found.add(key);
      }
    }
    if (found.size() == 1) {
      return found.get(0);
    }
    if (found.isEmpty()) {
      // an unknown key is likelier a misspelt kind than a missing one: say which keys exist
      init.keys(List.of(), List.of("constant", "sequence", "uniform", "normal", "integers", "npy", "seed", "specials"));
    }
    throw init.error("expected exactly one of " + String.join(", ", KINDS)
        + (found.isEmpty() ? "" : ", got " + String.join(" and ", found)));
  }

  private Init integers(SpecNode value, long seed, Optional<Init.Specials> specials) throws SpecException {
    List<SpecNode> items = two(value, "[lo, hi]");
    long lo = items.get(0).wholeNumber();
    long hi = items.get(1).wholeNumber();
    if (lo > hi) {
      throw value.error("expected lo <= hi, got [" + lo + ", " + hi + "]");
    }
    storable(value, lo);
    storable(value, hi);
    return new Init.Integers(lo, hi, seed, specials);
  }

  private Init npy(SpecNode value, Optional<Init.Specials> specials) throws SpecException {
    Init.Npy npy = new Init.Npy(dir.resolve(value.string()), specials);
    boolean perSize = value.string().contains(Init.Npy.SIZE);
    for (Map.Entry<String, Long> size : countBySize.entrySet()) {
      Path file = npy.file(size.getKey());
      String forSize = perSize ? " for size '" + size.getKey() + "'" : "";
      if (!Files.isRegularFile(file)) {
        String written = value.string().replace(Init.Npy.SIZE, size.getKey());
        throw value.error("file '" + written + "' not found next to the spec" + forSize);
      }
      Npy.Header h;
      try {
        h = Npy.readHeader(file);
      } catch (IOException e) {
        throw value.error(e.getMessage().replace(file.toString(), file.getFileName().toString()));
      }
      if (h.scalar().isEmpty() || h.scalar().get() != type.scalar) {
        throw value.error(file.getFileName() + " has dtype " + h.descr() + " but the buffer is " + type.spelling
            + " (expected " + Npy.descrOf(type.scalar) + ")");
      }
      long expected = size.getValue() * type.width;
      if (h.elements() != expected) {
        throw value.error(file.getFileName() + " holds " + h.elements() + " values (shape " + h.shapeText()
            + ") but size '" + size.getKey() + "' needs " + expected + forWidth());
      }
    }
    return npy;
  }

  private String forWidth() {
    return type.width == 1 ? "" : " (" + type.width + " per " + type.spelling + ")";
  }

  Init.Specials specials(SpecNode node) throws SpecException {
    node.keys(List.of("rate", "seed"), List.of("values"));
    SpecNode rateNode = node.get("rate");
    double rate = rateNode.number();
    if (!(rate >= 0 && rate <= 1)) {
      throw rateNode.error("expected a fraction from 0 to 1, got " + rate);
    }
    long seed = node.get("seed").wholeNumber();
    List<String> values = new ArrayList<>();
    Optional<SpecNode> given = node.find("values");
    if (given.isEmpty()) {
      values.addAll(type.scalar.floating ? Init.Specials.FLOATING : List.of("zero"));
    } else {
      for (SpecNode v : given.get().itemsOrOne()) {
        values.add(special(v));
      }
      if (values.isEmpty()) {
        throw given.get().error("expected at least one of " + String.join(", ", Init.Specials.ALL));
      }
    }
    return new Init.Specials(rate, values, seed);
  }

  private String special(SpecNode v) throws SpecException {
    String name = Init.Specials.canonical(v.scalarText());
    if (name == null) {
      throw v.error("unknown special value (known: " + String.join(", ", Init.Specials.ALL) + ")");
    }
    if (!type.scalar.floating && !name.equals("zero")) {
      throw v.error("'" + name + "' needs a float or double buffer; a " + type.spelling + " buffer takes only zero");
    }
    return name;
  }

  private static double[] pair(SpecNode value, String shape) throws SpecException {
    List<SpecNode> items = two(value, shape);
    double a = items.get(0).number();
    double b = items.get(1).number();
    if (!Double.isFinite(a) || !Double.isFinite(b)) {
      throw value.error("expected finite numbers " + shape);
    }
    return new double[] {a, b};
  }

  private static List<SpecNode> two(SpecNode value, String shape) throws SpecException {
    List<SpecNode> items = value.items();
    if (items.size() != 2) {
      throw value.error("expected two numbers " + shape + ", got " + items.size());
    }
    return items;
  }

  /** A value an integer buffer can hold exactly; any value for a float buffer. */
  private double storable(SpecNode node, double v) throws SpecException {
    if (type.scalar.floating) {
      return v;
    }
    if (v != Math.rint(v)) {
      throw node.error(v + " is not a whole number; a " + type.spelling + " buffer holds integers");
    }
    double[] range = range(type.scalar);
    if (v < range[0] || v > range[1]) {
      throw node.error((long) v + " is outside a " + type.spelling + "'s range [" + (long) range[0] + ", "
          + (range[1] >= 0x1p63 ? "2^64-1" : Long.toString((long) range[1])) + "]");
    }
    return v;
  }

  private static double[] range(ElementType.Scalar s) {
    boolean unsigned = s.name().startsWith("U");
    double bits = s.bytes * 8;
    double lo = unsigned ? 0 : -Math.pow(2, bits - 1);
    double hi = unsigned ? Math.pow(2, bits) - 1 : Math.pow(2, bits - 1) - 1;
    return new double[] {lo, hi};
  }
}
