package dev.kport.harness.spec;

import java.util.Arrays;
import java.util.Optional;

/**
 * Element types a buffer may hold: scalars and CUDA's vector types. A vector buffer is stored
 * flat, {@code width} scalars per element.
 */
public enum ElementType {
  FLOAT("float", Scalar.F32, 1), DOUBLE("double", Scalar.F64, 1),
  CHAR("char", Scalar.I8, 1), UCHAR("uchar", Scalar.U8, 1),
  SHORT("short", Scalar.I16, 1), USHORT("ushort", Scalar.U16, 1),
  INT("int", Scalar.I32, 1), UINT("uint", Scalar.U32, 1),
  LONG("long", Scalar.I64, 1), ULONG("ulong", Scalar.U64, 1),
  FLOAT2("float2", Scalar.F32, 2), FLOAT3("float3", Scalar.F32, 3), FLOAT4("float4", Scalar.F32, 4),
  DOUBLE2("double2", Scalar.F64, 2), DOUBLE4("double4", Scalar.F64, 4),
  INT2("int2", Scalar.I32, 2), INT4("int4", Scalar.I32, 4),
  UINT2("uint2", Scalar.U32, 2), UINT4("uint4", Scalar.U32, 4);

  /** The scalar underneath, with its size in bytes. */
  public enum Scalar {
    F32(4, true), F64(8, true), I8(1, false), U8(1, false), I16(2, false), U16(2, false),
    I32(4, false), U32(4, false), I64(8, false), U64(8, false);

    public final int bytes;
    public final boolean floating;

    Scalar(int bytes, boolean floating) {
      this.bytes = bytes;
      this.floating = floating;
    }
  }

  public final String spelling;
  public final Scalar scalar;
  public final int width;

  ElementType(String spelling, Scalar scalar, int width) {
    this.spelling = spelling;
    this.scalar = scalar;
    this.width = width;
  }

  /** Bytes per element as CUDA lays it out (float3 is 12 bytes). */
  public int bytes() {
    return scalar.bytes * width;
  }

  public static Optional<ElementType> parse(String s) {
    String t = switch (s) {
      case "unsigned int", "unsigned" -> "uint";
      case "unsigned char" -> "uchar";
      case "unsigned short" -> "ushort";
      case "long long" -> "long";
      case "unsigned long long" -> "ulong";
      default -> s;
    };
    return Arrays.stream(values()).filter(e -> e.spelling.equals(t)).findFirst();
  }

  public static String spellings() {
    return String.join(", ", Arrays.stream(values()).map(e -> e.spelling).toList());
  }
}
