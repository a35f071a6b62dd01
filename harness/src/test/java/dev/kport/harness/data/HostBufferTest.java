package dev.kport.harness.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kport.harness.spec.ElementType;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class HostBufferTest {

  @Test
  void bytesAreDirectLittleEndianAndSizedByTheType() {
    HostBuffer b = HostBuffer.fromArray(ElementType.FLOAT3, new float[] {1, 2, 3, 4, 5, 6});

    assertThat(b.count()).isEqualTo(2);
    assertThat(b.scalars()).isEqualTo(6);
    assertThat(b.byteSize()).isEqualTo(24);
    assertThat(b.bytes().isDirect()).isTrue();
    assertThat(b.bytes().order()).isEqualTo(ByteOrder.LITTLE_ENDIAN);
    // 1.0f is 0x3f800000: little-endian puts 0x00 first and 0x3f last
    assertThat(b.bytes().get(3)).isEqualTo((byte) 0x3f);
  }

  @Test
  void arraysRoundTripForEveryScalarWidth() {
    assertThat((float[]) HostBuffer.fromArray(ElementType.FLOAT, new float[] {1.5f, Float.NaN}).toArray())
        .containsExactly(1.5f, Float.NaN);
    assertThat((double[]) HostBuffer.fromArray(ElementType.DOUBLE2, new double[] {1, -0.0}).toArray())
        .containsExactly(1, -0.0);
    assertThat((byte[]) HostBuffer.fromArray(ElementType.UCHAR, new byte[] {(byte) 200}).toArray())
        .containsExactly((byte) 200);
    assertThat((short[]) HostBuffer.fromArray(ElementType.SHORT, new short[] {-3}).toArray()).containsExactly((short) -3);
    assertThat((int[]) HostBuffer.fromArray(ElementType.UINT4, new int[] {1, 2, 3, -1}).toArray())
        .containsExactly(1, 2, 3, -1);
    assertThat((long[]) HostBuffer.fromArray(ElementType.ULONG, new long[] {-1L}).toArray()).containsExactly(-1L);
  }

  @Test
  void unsignedTypesReadAsUnsigned() {
    assertThat(HostBuffer.fromArray(ElementType.UCHAR, new byte[] {(byte) 255}).getDouble(0)).isEqualTo(255);
    assertThat(HostBuffer.fromArray(ElementType.USHORT, new short[] {-1}).getLong(0)).isEqualTo(65535);
    assertThat(HostBuffer.fromArray(ElementType.UINT, new int[] {-1}).getDouble(0)).isEqualTo(4294967295.0);
    assertThat(HostBuffer.fromArray(ElementType.ULONG, new long[] {-1L}).getDouble(0)).isEqualTo(0x1p64);
    assertThat(HostBuffer.fromArray(ElementType.CHAR, new byte[] {(byte) 255}).getDouble(0)).isEqualTo(-1);
  }

  @Test
  void setDoubleRoundsToTheType() {
    HostBuffer f = HostBuffer.allocate(ElementType.FLOAT, 1);
    f.setDouble(0, 0.1);
    assertThat(f.getDouble(0)).isEqualTo((double) 0.1f);

    HostBuffer u = HostBuffer.allocate(ElementType.ULONG, 1);
    u.setDouble(0, 0x1p63 + 4096);
    assertThat(u.getLong(0)).isEqualTo(Long.MIN_VALUE + 4096);

    HostBuffer i = HostBuffer.allocate(ElementType.INT, 1);
    i.setDouble(0, 2.6);
    assertThat(i.getLong(0)).isEqualTo(3);
  }

  @Test
  void aCopyIsIndependent() {
    HostBuffer a = HostBuffer.fromArray(ElementType.INT, new int[] {1, 2});
    HostBuffer c = a.copy();
    c.setLong(0, 9);

    assertThat(a.getLong(0)).isEqualTo(1);
    assertThat(c.sameContents(a)).isFalse();
    assertThat(a.copy().sameContents(a)).isTrue();
  }

  @Test
  void wrongArraysAndCountsAreRefusedWithAReason() {
    assertThatThrownBy(() -> HostBuffer.fromArray(ElementType.FLOAT, new int[] {1}))
        .hasMessage("a int[] cannot fill a float buffer (expected float[])");
    assertThatThrownBy(() -> HostBuffer.fromArray(ElementType.FLOAT4, new float[] {1, 2, 3}))
        .hasMessage("3 scalars are not a whole number of float4 elements");
    assertThatThrownBy(() -> HostBuffer.allocate(ElementType.DOUBLE, 1L << 30))
        .hasMessageContaining("exceed the 2 GiB");
    assertThatThrownBy(() -> HostBuffer.allocate(ElementType.INT, 2).getDouble(2))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }
}
