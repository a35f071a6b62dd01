package dev.kport.harness.data;

import dev.kport.harness.spec.ElementType;
import dev.kport.harness.spec.ElementType.Scalar;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NumPy's {@code .npy} format: read (versions 1 to 3, any shape, read flat in C order) and write
 * (version 1, or 2 when the header needs it). Little-endian numeric dtypes only, the ones a
 * buffer can hold.
 *
 * <p>Hand-written: the one Java library on Maven Central for the format is written in Kotlin, drags
 * its runtime in, and has not been released for years; the format is a short header and raw bytes.
 */
public final class Npy {

  private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
  private static final Pattern DESCR = Pattern.compile("'descr'\\s*:\\s*'([^']*)'");
  private static final Pattern FORTRAN = Pattern.compile("'fortran_order'\\s*:\\s*(True|False)");
  private static final Pattern SHAPE = Pattern.compile("'shape'\\s*:\\s*\\(([^)]*)\\)");

  private Npy() {}

  /**
   * What an .npy holds, from its header.
   *
   * @param descr NumPy's dtype string, e.g. {@code <f4}
   * @param shape dimensions; empty for a 0-d array (one element)
   * @param dataOffset where the raw data starts in the file
   */
  public record Header(String descr, boolean fortranOrder, long[] shape, long dataOffset) {
    public long elements() {
      return Arrays.stream(shape).reduce(1, Math::multiplyExact);
    }

    public String shapeText() {
      return "(" + String.join(", ", Arrays.stream(shape).mapToObj(Long::toString).toList())
          + (shape.length == 1 ? ",)" : ")");
    }

    /** The scalar type this dtype holds, if a buffer can hold it. */
    public Optional<Scalar> scalar() {
      return scalarOf(descr);
    }
  }

  /** Reads only the header: cheap even for a large file. */
  public static Header readHeader(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] start = in.readNBytes(8);
      if (start.length < 8 || !Arrays.equals(Arrays.copyOf(start, 6), MAGIC)) {
        throw new NpyException(file + ": not an .npy file (no \\x93NUMPY magic)");
      }
      int major = start[6];
      int lenBytes = major == 1 ? 2 : 4;
      if (major < 1 || major > 3) {
        throw new NpyException(file + ": .npy version " + major + "." + start[7] + " is not supported (1 to 3 are)");
      }
      byte[] lenRaw = in.readNBytes(lenBytes);
      ByteBuffer lb = ByteBuffer.wrap(Arrays.copyOf(lenRaw, 4)).order(ByteOrder.LITTLE_ENDIAN);
      long headerLen = major == 1 ? Short.toUnsignedInt(lb.getShort(0)) : Integer.toUnsignedLong(lb.getInt(0));
      byte[] header = in.readNBytes((int) Math.min(headerLen, 1 << 20));
      if (lenRaw.length < lenBytes || header.length < headerLen) {
        throw new NpyException(file + ": truncated .npy header");
      }
      String text = new String(header, major == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
      return parseHeader(file, text, 8 + lenBytes + headerLen);
    }
  }

  /** Reads the raw little-endian data and its header. */
  public static HostBuffer read(Path file, ElementType type) throws IOException {
    Header h = readHeader(file);
    checkReadable(file, h, type);
    long bytes = h.elements() * type.scalar.bytes;
    if (h.elements() % type.width != 0) {
      throw new NpyException(file + ": " + h.elements() + " values are not a whole number of " + type.spelling
          + " elements (" + type.width + " values each)");
    }
    if (bytes > Integer.MAX_VALUE - 8) {
      throw new NpyException(file + ": " + bytes + " bytes of data are more than a host buffer holds (2 GiB)");
    }
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      if (ch.size() < h.dataOffset() + bytes) {
        throw new NpyException(file + ": truncated: shape " + h.shapeText() + " needs " + bytes
            + " bytes of data, the file has " + Math.max(0, ch.size() - h.dataOffset()));
      }
      ByteBuffer data = ByteBuffer.allocate((int) bytes);
      ch.position(h.dataOffset());
      while (data.hasRemaining() && ch.read(data) >= 0) {
        // read until full; the size check above guarantees the bytes are there
      }
      return HostBuffer.fromBytes(type, data.flip());
    }
  }

  /**
   * Writes a buffer: shape {@code (count,)}, or {@code (count, width)} for a vector type so
   * NumPy shows one row per element.
   */
  public static void write(Path file, HostBuffer buffer) throws IOException {
    ElementType t = buffer.type();
    String shape = t.width == 1 ? "(" + buffer.count() + ",)" : "(" + buffer.count() + ", " + t.width + ")";
    String dict = "{'descr': '" + descrOf(t.scalar) + "', 'fortran_order': False, 'shape': " + shape + ", }";
    boolean v1 = dict.length() + 1 + 10 <= 65535;
    int prefix = v1 ? 10 : 12;
    // NumPy pads the header with spaces so the data starts on a 64-byte boundary
    int total = (prefix + dict.length() + 1 + 63) / 64 * 64;
    String header = dict + " ".repeat(total - prefix - dict.length() - 1) + "\n";
    ByteBuffer head = ByteBuffer.allocate(prefix).order(ByteOrder.LITTLE_ENDIAN);
    head.put(MAGIC).put((byte) (v1 ? 1 : 2)).put((byte) 0);
    if (v1) {
      head.putShort((short) header.length());
    } else {
      head.putInt(header.length());
    }
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(head.array());
      out.write(header.getBytes(StandardCharsets.ISO_8859_1));
      ByteBuffer data = buffer.bytes();
      byte[] chunk = new byte[1 << 16];
      while (data.hasRemaining()) {
        int n = Math.min(chunk.length, data.remaining());
        data.get(chunk, 0, n);
        out.write(chunk, 0, n);
      }
    }
  }

  /** NumPy's little-endian dtype string for a scalar type: {@code <f4}, {@code |u1}. */
  public static String descrOf(Scalar s) {
    String kind = s.floating ? "f" : s.name().startsWith("U") ? "u" : "i";
    return (s.bytes == 1 ? "|" : "<") + kind + s.bytes;
  }

  /** The scalar type of a dtype string, accepting either byte-order mark for one-byte types. */
  public static Optional<Scalar> scalarOf(String descr) {
    for (Scalar s : Scalar.values()) {
      String d = descrOf(s);
      if (d.equals(descr) || (s.bytes == 1 && ("<" + d.substring(1)).equals(descr))) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  private static void checkReadable(Path file, Header h, ElementType type) throws NpyException {
    Optional<Scalar> s = h.scalar();
    if (s.isEmpty() || s.get() != type.scalar) {
      throw new NpyException(file + ": dtype " + h.descr() + " does not match a " + type.spelling
          + " buffer (expected " + descrOf(type.scalar) + ")");
    }
    long bigDims = Arrays.stream(h.shape()).filter(d -> d > 1).count();
    if (h.fortranOrder() && bigDims > 1) {
      // read flat, Fortran order would scramble the elements; numpy.ascontiguousarray fixes the file
      throw new NpyException(file + ": Fortran-ordered array of shape " + h.shapeText()
          + "; save it in C order (numpy.ascontiguousarray)");
    }
  }

  private static Header parseHeader(Path file, String text, long dataOffset) throws NpyException {
    Matcher d = DESCR.matcher(text);
    Matcher f = FORTRAN.matcher(text);
    Matcher s = SHAPE.matcher(text);
    if (!d.find() || !f.find() || !s.find()) {
      throw new NpyException(file + ": unreadable .npy header: " + text.strip());
    }
    String[] dims = s.group(1).split(",");
    long[] shape = new long[dims.length];
    int n = 0;
    for (String dim : dims) {
      String x = dim.strip();
      if (!x.isEmpty()) {
        shape[n++] = parseDim(file, x);
      }
    }
    return new Header(d.group(1), f.group(1).equals("True"), Arrays.copyOf(shape, n), dataOffset);
  }

  private static long parseDim(Path file, String dim) throws NpyException {
    try {
      // Python 2 wrote long dimensions as 1000L
      long v = Long.parseLong(dim.endsWith("L") ? dim.substring(0, dim.length() - 1) : dim);
      if (v < 0) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new NpyException(file + ": bad dimension '" + dim + "' in .npy shape");
    }
  }
}
