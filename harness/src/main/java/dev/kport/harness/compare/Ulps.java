package dev.kport.harness.compare;

/**
 * Distance in units in the last place: how many representable values lie between two finite
 * numbers of the same type. Maps each float onto a line of integers ordered like the values, on
 * which +0 and -0 are the same point.
 */
public final class Ulps {

  private Ulps() {}

  /** Representable floats from {@code a} to {@code b}; finite arguments. */
  public static long between(float a, float b) {
    return Math.abs(ordered(a) - ordered(b));
  }

  /** Representable doubles from {@code a} to {@code b}, as a double since the count can exceed a long. */
  public static double between(double a, double b) {
    long x = ordered(a);
    long y = ordered(b);
    long d = x - y;
    // opposite signs far from zero overflow a long; the count is then only needed roughly
    boolean overflow = ((x ^ y) & (x ^ d)) < 0;
    return overflow ? Math.abs((double) x - (double) y) : Math.abs((double) d);
  }

  private static long ordered(float f) {
    int bits = Float.floatToRawIntBits(f);
    return bits < 0 ? -(long) (bits & 0x7fffffff) : bits;
  }

  private static long ordered(double d) {
    long bits = Double.doubleToRawLongBits(d);
    return bits < 0 ? -(bits & 0x7fffffffffffffffL) : bits;
  }
}
