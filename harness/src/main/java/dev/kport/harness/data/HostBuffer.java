package dev.kport.harness.data;

import dev.kport.harness.spec.ElementType;
import dev.kport.harness.spec.ElementType.Scalar;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * One buffer's contents on the host: {@code count} elements of {@code type} in a direct
 * little-endian ByteBuffer, laid out as the device sees them (a float4 is four floats in a row),
 * so backends hand the bytes to a driver as they are.
 *
 * <p>Scalar accessors index the flat scalars ({@code count * type.width} of them).
 */
public final class HostBuffer {

  private final ElementType type;
  private final long count;
  private final ByteBuffer bytes;

  private HostBuffer(ElementType type, long count, ByteBuffer bytes) {
    this.type = type;
    this.count = count;
    this.bytes = bytes;
  }

  /** A zero-filled buffer. */
  public static HostBuffer allocate(ElementType type, long count) {
    if (count < 0) {
      throw new IllegalArgumentException("negative element count " + count);
    }
    long size = count * type.bytes();
    if (size > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(count + " " + type.spelling + " elements (" + size
          + " bytes) exceed the 2 GiB a host buffer can hold");
    }
    return new HostBuffer(type, count, ByteBuffer.allocateDirect((int) size).order(ByteOrder.LITTLE_ENDIAN));
  }

  /**
   * Wraps little-endian bytes (copied), e.g. what a backend read back or the data of an .npy.
   *
   * @throws IllegalArgumentException when the byte count is not a whole number of elements
   */
  public static HostBuffer fromBytes(ElementType type, ByteBuffer source) {
    ByteBuffer src = source.duplicate();
    if (src.remaining() % type.bytes() != 0) {
      throw new IllegalArgumentException(src.remaining() + " bytes are not a whole number of "
          + type.spelling + " elements (" + type.bytes() + " bytes each)");
    }
    HostBuffer b = allocate(type, src.remaining() / type.bytes());
    b.bytes.put(src).clear();
    return b;
  }

  /**
   * A buffer holding a Java array's values: float[] for float types, double[] for double types,
   * byte[]/short[]/int[]/long[] for the integer types of that width (unsigned ones included, read
   * as unsigned); vector types flat, {@code width} scalars per element.
   */
  public static HostBuffer fromArray(ElementType type, Object array) {
    int n = java.lang.reflect.Array.getLength(array);
    if (n % type.width != 0) {
      throw new IllegalArgumentException(n + " scalars are not a whole number of " + type.spelling + " elements");
    }
    HostBuffer b = allocate(type, n / type.width);
    ByteBuffer out = b.bytes.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    if (array instanceof float[] a && type.scalar == Scalar.F32) {
      out.asFloatBuffer().put(a);
    } else if (array instanceof double[] a && type.scalar == Scalar.F64) {
      out.asDoubleBuffer().put(a);
    } else if (array instanceof byte[] a && type.scalar.bytes == 1 && !type.scalar.floating) {
      out.put(a);
    } else if (array instanceof short[] a && type.scalar.bytes == 2) {
      out.asShortBuffer().put(a);
    } else if (array instanceof int[] a && type.scalar.bytes == 4 && !type.scalar.floating) {
      out.asIntBuffer().put(a);
    } else if (array instanceof long[] a && type.scalar.bytes == 8 && !type.scalar.floating) {
      out.asLongBuffer().put(a);
    } else {
      throw new IllegalArgumentException("a " + array.getClass().getSimpleName() + " cannot fill a "
          + type.spelling + " buffer (expected " + arrayName(type.scalar) + ")");
    }
    return b;
  }

  /** The contents as the Java array {@link #fromArray} takes. */
  public Object toArray() {
    int n = Math.toIntExact(scalars());
    ByteBuffer in = bytes.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    switch (type.scalar) {
      case F32: {
        float[] a = new float[n];
        in.asFloatBuffer().get(a);
        return a;
      }
      case F64: {
        double[] a = new double[n];
        in.asDoubleBuffer().get(a);
        return a;
      }
      case I8:
      case U8: {
        byte[] a = new byte[n];
        in.get(a);
        return a;
      }
      case I16:
      case U16: {
        short[] a = new short[n];
        in.asShortBuffer().get(a);
        return a;
      }
      case I32:
      case U32: {
        int[] a = new int[n];
        in.asIntBuffer().get(a);
        return a;
      }
      default: {
        long[] a = new long[n];
        in.asLongBuffer().get(a);
        return a;
      }
    }
  }

  public ElementType type() {
    return type;
  }

  /** Elements (a float4 counts once). */
  public long count() {
    return count;
  }

  /** Scalars: count times the type's width. */
  public long scalars() {
    return count * type.width;
  }

  public long byteSize() {
    return count * type.bytes();
  }

  /**
   * The bytes themselves (direct, little-endian, position 0), shared with this buffer: what a
   * backend writes to a device or reads back into.
   */
  public ByteBuffer bytes() {
    return bytes.duplicate().order(ByteOrder.LITTLE_ENDIAN).clear();
  }

  /** Scalar {@code i} as a double; unsigned types read as unsigned (ulong above 2^53 rounds). */
  public double getDouble(long i) {
    int at = offset(i);
    switch (type.scalar) {
      case F32:
        return bytes.getFloat(at);
      case F64:
        return bytes.getDouble(at);
      case U64: {
        long v = bytes.getLong(at);
        return v >= 0 ? v : (double) (v >>> 1) * 2 + (v & 1);
      }
      default:
        return getLong(i);
    }
  }

  /**
   * Scalar {@code i} of an integer type, exactly: signed types sign-extended, unsigned ones
   * zero-extended (ulong returns its bits; compare with {@link Long#compareUnsigned}).
   */
  public long getLong(long i) {
    int at = offset(i);
    switch (type.scalar) {
      case I8:
        return bytes.get(at);
      case U8:
        return Byte.toUnsignedLong(bytes.get(at));
      case I16:
        return bytes.getShort(at);
      case U16:
        return Short.toUnsignedLong(bytes.getShort(at));
      case I32:
        return bytes.getInt(at);
      case U32:
        return Integer.toUnsignedLong(bytes.getInt(at));
      case I64:
      case U64:
        return bytes.getLong(at);
      default:
        throw new IllegalStateException(type.spelling + " is not an integer type");
    }
  }

  /**
   * Sets scalar {@code i}. Floating types round to nearest; integer types take the nearest whole
   * number and wrap to the type's width, as a C cast from a wider integer does.
   */
  public void setDouble(long i, double v) {
    int at = offset(i);
    if (type.scalar == Scalar.F32) {
      bytes.putFloat(at, (float) v);
    } else if (type.scalar == Scalar.F64) {
      bytes.putDouble(at, v);
    } else {
      setLong(i, toLong(v));
    }
  }

  /** Sets scalar {@code i} of an integer type to the low bits of {@code v}. */
  public void setLong(long i, long v) {
    int at = offset(i);
    switch (type.scalar.bytes) {
      case 1:
        bytes.put(at, (byte) v);
        break;
      case 2:
        bytes.putShort(at, (short) v);
        break;
      case 4:
        bytes.putInt(at, (int) v);
        break;
      default:
        bytes.putLong(at, v);
    }
  }

  public HostBuffer copy() {
    HostBuffer c = allocate(type, count);
    c.bytes.put(bytes()).clear();
    return c;
  }

  /** Same type, same count, same bytes. */
  public boolean sameContents(HostBuffer other) {
    return type == other.type && count == other.count && bytes().equals(other.bytes());
  }

  @Override
  public String toString() {
    return type.spelling + "[" + count + "]";
  }

  private int offset(long i) {
    if (i < 0 || i >= scalars()) {
      throw new IndexOutOfBoundsException("scalar " + i + " of a " + this + " buffer (" + scalars() + " scalars)");
    }
    return (int) (i * type.scalar.bytes);
  }

  private static long toLong(double v) {
    double r = Math.rint(v);
    // above 2^63 (ulong range) a Java cast saturates; go through the unsigned bits instead
    return r >= 0x1p63 ? (long) (r - 0x1p63) ^ Long.MIN_VALUE : (long) r;
  }

  private static String arrayName(Scalar s) {
    switch (s) {
      case F32:
        return "float[]";
      case F64:
        return "double[]";
      case I8:
      case U8:
        return "byte[]";
      case I16:
      case U16:
        return "short[]";
      case I32:
      case U32:
        return "int[]";
      default:
        return "long[]";
    }
  }
}
