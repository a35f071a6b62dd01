package dev.kport.kernels;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The buffers and variables of one spec instance, as plain Java arrays.
 *
 * <p>Buffers are flat arrays of their element type: a {@code float4} buffer of count n is a
 * {@code float[]} of 4n elements; {@code uint} is an {@code int[]} read as unsigned, {@code ulong}
 * a {@code long[]}. Variables are the chosen size's variables plus the spec's evaluated
 * {@code defines}.
 */
public final class ReferenceData {

  private final Map<String, Object> buffers = new LinkedHashMap<>();
  private final Map<String, Double> variables = new LinkedHashMap<>();

  public ReferenceData put(String buffer, Object array) {
    if (!array.getClass().isArray()) {
      throw new IllegalArgumentException(buffer + ": not an array but " + array.getClass());
    }
    buffers.put(buffer, array);
    return this;
  }

  public ReferenceData var(String name, double value) {
    variables.put(name, value);
    return this;
  }

  /** A variable that must be a whole number (sizes, counts). */
  public int size(String name) {
    double v = value(name);
    if (v != Math.rint(v) || v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("variable '" + name + "' is not a whole int: " + v);
    }
    return (int) v;
  }

  public double value(String name) {
    Double v = variables.get(name);
    if (v == null) {
      throw new NoSuchElementException("no variable '" + name + "' (have " + variables.keySet() + ")");
    }
    return v;
  }

  public boolean has(String name) {
    return variables.containsKey(name) || buffers.containsKey(name);
  }

  public float[] floats(String buffer) {
    return get(buffer, float[].class);
  }

  public double[] doubles(String buffer) {
    return get(buffer, double[].class);
  }

  public int[] ints(String buffer) {
    return get(buffer, int[].class);
  }

  public long[] longs(String buffer) {
    return get(buffer, long[].class);
  }

  public short[] shorts(String buffer) {
    return get(buffer, short[].class);
  }

  public byte[] bytes(String buffer) {
    return get(buffer, byte[].class);
  }

  /** The array behind a buffer, whatever its element type. */
  public Object array(String buffer) {
    Object a = buffers.get(buffer);
    if (a == null) {
      throw new NoSuchElementException("no buffer '" + buffer + "' (have " + buffers.keySet() + ")");
    }
    return a;
  }

  public Map<String, Object> buffers() {
    return buffers;
  }

  public Map<String, Double> variables() {
    return variables;
  }

  private <T> T get(String buffer, Class<T> type) {
    Object a = array(buffer);
    if (!type.isInstance(a)) {
      throw new IllegalArgumentException("buffer '" + buffer + "' holds " + a.getClass().getSimpleName()
          + ", not " + type.getSimpleName());
    }
    return type.cast(a);
  }
}
