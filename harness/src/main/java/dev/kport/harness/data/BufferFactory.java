package dev.kport.harness.data;

import dev.kport.harness.expr.ExpressionException;
import dev.kport.harness.expr.Expressions;
import dev.kport.harness.spec.BufferSpec;
import dev.kport.harness.spec.ElementType.Scalar;
import dev.kport.harness.spec.Init;
import dev.kport.harness.spec.KernelSpec;
import dev.kport.harness.spec.SpecException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Makes a buffer's initial contents from its spec, deterministically: the same spec, size and
 * seeds give the same bytes on every machine. Values go to the flat scalars in order (scalar i
 * of a float4 buffer is component i % 4 of element i / 4).
 *
 * <p>Floating values round to the buffer's type; integer buffers take the nearest whole number.
 * Specials then replace {@code round(rate * scalars)} scalars, chosen by selection sampling
 * with the specials' own seed, each taking one of the listed values at random.
 */
public final class BufferFactory {

  private BufferFactory() {}

  /** The initial contents of a spec's buffer for a size; the count comes from the spec. */
  public static HostBuffer create(KernelSpec spec, String buffer, String size) throws SpecException {
    BufferSpec b = spec.buffers().get(buffer);
    if (b == null) {
      throw new SpecException(spec.file(), 0, "buffers", "no buffer '" + buffer + "' (buffers: "
          + String.join(", ", spec.buffers().keySet()) + ")");
    }
    long count;
    try {
      count = Expressions.evalLong(b.count(), Expressions.variables(spec, size));
    } catch (ExpressionException e) {
      throw new SpecException(spec.file(), 0, "buffers." + buffer + ".count", "with size '" + size + "': "
          + e.getMessage());
    }
    try {
      return create(b, count, size);
    } catch (IOException e) {
      throw new SpecException(spec.file(), 0, "buffers." + buffer + ".init.npy", e.getMessage());
    }
  }

  /**
   * The initial contents for {@code count} elements.
   *
   * @param size the size's name, for an .npy file name holding {@code {size}}
   * @throws IOException when an .npy cannot be read or does not match the buffer
   */
  public static HostBuffer create(BufferSpec buffer, long count, String size) throws IOException {
    Init init = buffer.init();
    HostBuffer out;
    if (init instanceof Init.Npy npy) {
      out = fromNpy(npy.file(size), buffer, count);
    } else {
      out = HostBuffer.allocate(buffer.type(), count);
      fill(out, init);
    }
    if (init.specials().isPresent()) {
      mixIn(out, init.specials().get());
    }
    return out;
  }

  private static void fill(HostBuffer out, Init init) {
    long n = out.scalars();
    if (init instanceof Init.Constant c) {
      for (long i = 0; i < n; i++) {
        out.setDouble(i, c.value());
      }
    } else if (init instanceof Init.Sequence s) {
      for (long i = 0; i < n; i++) {
        out.setDouble(i, s.start() + i * s.step());
      }
    } else if (init instanceof Init.Uniform u) {
      SeededDraws r = new SeededDraws(u.seed());
      for (long i = 0; i < n; i++) {
        out.setDouble(i, r.uniform(u.lo(), u.hi()));
      }
    } else if (init instanceof Init.Normal g) {
      SeededDraws r = new SeededDraws(g.seed());
      for (long i = 0; i < n; i++) {
        out.setDouble(i, r.normal(g.mean(), g.sd()));
      }
    } else if (init instanceof Init.Integers k) {
      SeededDraws r = new SeededDraws(k.seed());
      boolean exact = !out.type().scalar.floating;
      for (long i = 0; i < n; i++) {
        long v = r.integer(k.lo(), k.hi());
        if (exact) {
          out.setLong(i, v);
        } else {
          out.setDouble(i, v);
        }
      }
    }
  }

  private static HostBuffer fromNpy(Path file, BufferSpec buffer, long count) throws IOException {
    HostBuffer data = Npy.read(file, buffer.type());
    if (data.count() != count) {
      throw new NpyException(file + " holds " + data.count() + " " + buffer.type().spelling + " elements but buffer '"
          + buffer.name() + "' has " + count);
    }
    return data;
  }

  /** Selection sampling: exactly round(rate * n) scalars, each equally likely to be picked. */
  private static void mixIn(HostBuffer out, Init.Specials specials) {
    long n = out.scalars();
    long wanted = Math.round(specials.rate() * n);
    SeededDraws r = new SeededDraws(specials.seed());
    List<String> values = specials.values();
    long picked = 0;
    for (long i = 0; i < n && picked < wanted; i++) {
      if (r.unit() * (n - i) < wanted - picked) {
        out.setDouble(i, value(values.get((int) r.below(values.size())), out.type().scalar));
        picked++;
      }
    }
  }

  /** The value a special's canonical name stands for in a buffer of this scalar type. */
  static double value(String special, Scalar scalar) {
    // halfway below the smallest normal: a denormal every compiler keeps as one
    double denormal = scalar == Scalar.F32 ? Float.MIN_NORMAL / 2.0 : Double.MIN_NORMAL / 2.0;
    switch (special) {
      case "nan":
        return Double.NaN;
      case "inf":
        return Double.POSITIVE_INFINITY;
      case "-inf":
        return Double.NEGATIVE_INFINITY;
      case "denormal":
        return denormal;
      case "-denormal":
        return -denormal;
      case "-zero":
        return -0.0;
      case "zero":
        return 0.0;
      default:
        throw new IllegalArgumentException("unknown special value '" + special + "' (known: "
            + String.join(", ", Init.Specials.ALL) + ")");
    }
  }
}
