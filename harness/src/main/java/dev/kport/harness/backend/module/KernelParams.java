package dev.kport.harness.backend.module;

import dev.kport.harness.run.DeviceException;
import dev.kport.harness.run.LaunchArg;
import dev.kport.harness.spec.ElementType;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The arguments of one CUDA or HIP launch as the driver's {@code kernelParams} takes them: one
 * pointer per kernel parameter, each to that parameter's value. The values lie in one block,
 * parameter i at {@code offsets[i]}, each aligned to 8 bytes (16 for structs), little-endian;
 * a buffer is its device address (8 bytes), a scalar has its C type's size.
 *
 * <p>The kernel interface comes from the OpenCL translation, which adds arguments a CUDA kernel
 * does not have: the {@code extern __shared__} array becomes the launch's dynamic shared bytes,
 * and a {@code __constant__}/{@code __device__} global stays in the module (filled by name).
 *
 * @param sizes parameter i's size in bytes
 * @param sharedBytes dynamic shared memory of the launch
 */
public record KernelParams(byte[] packed, int[] offsets, int[] sizes, long sharedBytes) {

  /** Where a buffer lives on the device now. */
  public interface Addresses {
    long of(String buffer) throws DeviceException;
  }

  public int count() {
    return offsets.length;
  }

  /** Parameter i's bytes. */
  public byte[] value(int i) {
    return Arrays.copyOfRange(packed, offsets[i], offsets[i] + sizes[i]);
  }

  public static KernelParams pack(List<LaunchArg> args, Addresses addresses) throws DeviceException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Integer> offsets = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    long shared = 0;
    for (LaunchArg a : args) {
      byte[] value;
      int align = 8;
      if (a instanceof LaunchArg.Buffer b) {
        value = le(8).putLong(addresses.of(b.name())).array();
      } else if (a instanceof LaunchArg.Scalar s) {
        value = scalar(s.type(), s.value());
      } else if (a instanceof LaunchArg.Struct s) {
        value = s.bytes();
        align = 16;
      } else if (a instanceof LaunchArg.LocalBytes l) {
        shared += l.bytes();
        continue;
      } else {
        continue; // LaunchArg.Symbol: a module global, not a parameter
      }
      while (out.size() % align != 0) {
        out.write(0);
      }
      offsets.add(out.size());
      sizes.add(value.length);
      out.writeBytes(value);
    }
    while (out.size() % 8 != 0) {
      out.write(0); // the last value may be read as a whole word
    }
    return new KernelParams(out.toByteArray(), offsets.stream().mapToInt(Integer::intValue).toArray(),
        sizes.stream().mapToInt(Integer::intValue).toArray(), shared);
  }

  /** One value of {@code type} (every component set), as the kernel's C parameter holds it. */
  public static byte[] scalar(ElementType type, double value) {
    ByteBuffer b = le(type.bytes());
    for (int c = 0; c < type.width; c++) {
      switch (type.scalar) {
        case F32 -> b.putFloat((float) value);
        case F64 -> b.putDouble(value);
        case I8, U8 -> b.put((byte) (long) value);
        case I16, U16 -> b.putShort((short) (long) value);
        case I32, U32 -> b.putInt((int) (long) value);
        default -> b.putLong(type.scalar == ElementType.Scalar.U64 && value >= 0x1p63
            ? (long) (value - 0x1p64) : (long) value);
      }
    }
    return b.array();
  }

  private static ByteBuffer le(int bytes) {
    return ByteBuffer.allocate(bytes).order(ByteOrder.LITTLE_ENDIAN);
  }

  /** CUDA's dim3 from 1 to 3 given dimensions: the missing ones are 1. */
  public static long[] dim3(long[] dims) {
    long[] d = {1, 1, 1};
    System.arraycopy(dims, 0, d, 0, Math.min(3, dims.length));
    return d;
  }
}
