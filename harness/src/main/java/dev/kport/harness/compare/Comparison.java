package dev.kport.harness.compare;

import dev.kport.harness.spec.ElementType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The outcome of comparing one output with its expected values. Indexes are flat scalar
 * indexes (component k of float4 element i is scalar 4i + k).
 *
 * @param compared scalars compared
 * @param maxAbsError largest |actual - expected| over pairs where both are finite
 * @param maxUlpError largest distance in ulps over finite pairs; 0 for integer types
 * @param worst the worst mismatch, or when none the value with the largest error; empty when
 *     nothing was compared
 * @param firstMismatches the first few mismatches in index order, at most {@link #FIRST}
 */
public record Comparison(ElementType type, long compared, long mismatches, double maxAbsError, double maxUlpError,
    Optional<Element> worst, List<Element> firstMismatches) {

  /** How many mismatches are kept for a report. */
  public static final int FIRST = 5;

  public Comparison {
    firstMismatches = List.copyOf(firstMismatches);
  }

  /** One compared value. {@code absError} is NaN or infinite where a NaN or infinity is involved. */
  public record Element(long index, double expected, double actual, double absError, double ulpError) {}

  public boolean passed() {
    return mismatches == 0;
  }

  public double mismatchPercent() {
    return compared == 0 ? 0 : 100.0 * mismatches / compared;
  }

  /**
   * One line for a person: {@code 3 of 1000 elements differ (0.3%); worst at [417]: expected
   * 1.2345678 got 1.2346001 (abs 3.2e-05, 27 ulp)}.
   */
  public String summary() {
    String noun = type.width == 1 ? "elements" : "values";
    if (compared == 0) {
      return "no " + noun + " to compare";
    }
    if (passed()) {
      String errors = errors(maxAbsError, maxUlpError, "max ");
      return "all " + compared + " " + noun + " match" + (errors.isEmpty() ? " exactly" : " (" + errors + ")");
    }
    StringBuilder s = new StringBuilder()
        .append(mismatches).append(" of ").append(compared).append(' ').append(noun).append(" differ (")
        .append(percent(mismatchPercent())).append("%)");
    worst.ifPresent(w -> {
      s.append("; worst at ").append(index(w.index())).append(": expected ").append(value(w.expected()))
          .append(" got ").append(value(w.actual()));
      String errors = Double.isFinite(w.absError()) ? errors(w.absError(), w.ulpError(), "") : "";
      if (!errors.isEmpty()) {
        s.append(" (").append(errors).append(')');
      }
    });
    return s.toString();
  }

  /** {@code [417]}, or {@code [104].y} for a vector type. */
  public String index(long scalar) {
    if (type.width == 1) {
      return "[" + scalar + "]";
    }
    return "[" + scalar / type.width + "]." + "xyzw".charAt((int) (scalar % type.width));
  }

  /** A value as its type prints it: a float with the digits that identify it, an integer whole. */
  public String value(double v) {
    if (type.scalar == ElementType.Scalar.F32) {
      return Float.toString((float) v);
    }
    if (type.scalar.floating || Double.isNaN(v) || v != Math.rint(v)) {
      return Double.toString(v);
    }
    return Math.abs(v) < 0x1p63 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.0f", v);
  }

  private String errors(double abs, double ulp, String prefix) {
    if (abs == 0 && ulp == 0) {
      return "";
    }
    String text = prefix + "abs " + String.format(Locale.ROOT, "%.2g", abs);
    return type.scalar.floating ? text + ", " + prefix + String.format(Locale.ROOT, "%.0f", ulp) + " ulp" : text;
  }

  private static String percent(double p) {
    String s = String.format(Locale.ROOT, "%.3g", p);
    if (s.contains("e") || !s.contains(".")) {
      return s;
    }
    s = s.replaceAll("0+$", "");
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }
}
