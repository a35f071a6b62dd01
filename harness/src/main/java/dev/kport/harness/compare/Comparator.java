package dev.kport.harness.compare;

import dev.kport.harness.data.HostBuffer;
import dev.kport.harness.spec.CheckSpec.Tolerance;
import dev.kport.harness.spec.ElementType.Scalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Compares an output with its expected values under a tolerance; see the package documentation. */
public final class Comparator {

  private Comparator() {}

  /**
   * @throws IllegalArgumentException when the buffers differ in type or count: there is nothing
   *     element-wise to say then, and the message says what differs
   */
  public static Comparison compare(HostBuffer expected, HostBuffer actual, Tolerance tolerance) {
    if (expected.type() != actual.type() || expected.count() != actual.count()) {
      throw new IllegalArgumentException("cannot compare: expected " + expected + " but got " + actual);
    }
    Scalar scalar = expected.type().scalar;
    long n = expected.scalars();
    long mismatches = 0;
    double maxAbs = 0;
    double maxUlp = 0;
    long worst = -1;
    Verdict worstVerdict = null;
    List<Comparison.Element> first = new ArrayList<>();
    for (long i = 0; i < n; i++) {
      Verdict v = scalar.floating
          ? floating(expected.getDouble(i), actual.getDouble(i), scalar, tolerance)
          : integer(expected, actual, i, scalar, tolerance);
      if (Double.isFinite(v.abs)) {
        maxAbs = Math.max(maxAbs, v.abs);
        maxUlp = Math.max(maxUlp, v.ulp);
      }
      if (!v.pass) {
        mismatches++;
        if (first.size() < Comparison.FIRST) {
          first.add(element(expected, actual, i, v));
        }
      }
      if (worstVerdict == null || v.worseThan(worstVerdict)) {
        worst = i;
        worstVerdict = v;
      }
    }
    Optional<Comparison.Element> worstElement = worst < 0
        ? Optional.empty() : Optional.of(element(expected, actual, worst, worstVerdict));
    return new Comparison(expected.type(), n, mismatches, maxAbs, maxUlp, worstElement, first);
  }

  private static Comparison.Element element(HostBuffer expected, HostBuffer actual, long i, Verdict v) {
    return new Comparison.Element(i, expected.getDouble(i), actual.getDouble(i), v.abs, v.ulp);
  }

  private record Verdict(boolean pass, double abs, double ulp) {
    /** A mismatch outranks a pass; among equals the larger error wins, NaN and infinity highest. */
    boolean worseThan(Verdict other) {
      if (pass != other.pass) {
        return !pass;
      }
      return badness() > other.badness();
    }

    private double badness() {
      return Double.isFinite(abs) ? abs : Double.POSITIVE_INFINITY;
    }
  }

  private static Verdict floating(double e, double a, Scalar scalar, Tolerance t) {
    if (Double.isNaN(e) || Double.isNaN(a)) {
      return new Verdict(Double.isNaN(e) && Double.isNaN(a), Double.NaN, Double.NaN);
    }
    if (Double.isInfinite(e) || Double.isInfinite(a)) {
      // abs and ulp arithmetic would let inf pass against inf-ish bounds; infinities match only themselves
      return new Verdict(a == e, a == e ? 0 : Double.POSITIVE_INFINITY, a == e ? 0 : Double.POSITIVE_INFINITY);
    }
    double abs = Math.abs(a - e);
    double ulp = scalar == Scalar.F32 ? Ulps.between((float) e, (float) a) : Ulps.between(e, a);
    boolean pass = abs <= t.abs() + t.rel() * Math.abs(e) || ulp <= t.ulp();
    return new Verdict(pass, abs, ulp);
  }

  private static Verdict integer(HostBuffer expected, HostBuffer actual, long i, Scalar scalar, Tolerance t) {
    long e = expected.getLong(i);
    long a = actual.getLong(i);
    if (e == a) {
      return new Verdict(true, 0, 0);
    }
    double abs = distance(e, a, scalar == Scalar.U64);
    double magnitude = Math.abs(expected.getDouble(i));
    return new Verdict(abs <= t.abs() + t.rel() * magnitude, abs, 0);
  }

  /** |a - e| without overflow: ulong compares as unsigned, long can span more than a long. */
  private static double distance(long e, long a, boolean unsigned) {
    if (unsigned) {
      long d = Long.compareUnsigned(a, e) >= 0 ? a - e : e - a;
      return d >= 0 ? d : (double) (d >>> 1) * 2 + (d & 1);
    }
    long d = a - e;
    boolean overflow = ((a ^ e) & (a ^ d)) < 0;
    return overflow ? Math.abs((double) a - (double) e) : Math.abs((double) d);
  }
}
