package dev.kport.harness.backend.module;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kport.harness.run.LaunchArg;
import dev.kport.harness.spec.ElementType;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The kernelParams block: one aligned slot per parameter, in order, little-endian. */
class KernelParamsTest {

  @Test
  void slotsFollowTheParameterOrderWithTheirCSizesAndAlignment() throws Exception {
    List<LaunchArg> args = List.of(new LaunchArg.Buffer("x"), new LaunchArg.Scalar(ElementType.INT, -3),
        new LaunchArg.LocalBytes(512), new LaunchArg.Scalar(ElementType.DOUBLE, 0.25),
        new LaunchArg.Struct(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}), new LaunchArg.Symbol("c", 64),
        new LaunchArg.Scalar(ElementType.parse("uchar").orElseThrow(), 200));
    KernelParams p = KernelParams.pack(args, name -> name.equals("x") ? 0x1234_5678_9abcL : -1);
    assertThat(p.offsets()).containsExactly(0, 8, 16, 32, 48);
    assertThat(p.sizes()).containsExactly(8, 4, 8, 12, 1);
    assertThat(p.sharedBytes()).isEqualTo(512);
    assertThat(ByteBuffer.wrap(p.value(0)).order(ByteOrder.LITTLE_ENDIAN).getLong()).isEqualTo(0x1234_5678_9abcL);
    assertThat(ByteBuffer.wrap(p.value(1)).order(ByteOrder.LITTLE_ENDIAN).getInt()).isEqualTo(-3);
    assertThat(ByteBuffer.wrap(p.value(2)).order(ByteOrder.LITTLE_ENDIAN).getDouble()).isEqualTo(0.25);
    assertThat(p.value(3)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    assertThat(p.value(4)).containsExactly((byte) 200);
    assertThat(p.packed().length % 8).isZero();
  }

  @Test
  void unsignedLongsAboveTwoToTheSixtyThreeKeepTheirBits() {
    byte[] v = KernelParams.scalar(ElementType.ULONG, 0x1p63 + 4096);
    assertThat(ByteBuffer.wrap(v).order(ByteOrder.LITTLE_ENDIAN).getLong()).isEqualTo(Long.MIN_VALUE + 4096);
  }

  @Test
  void missingDimensionsOfGridAndBlockAreOne() {
    assertThat(KernelParams.dim3(new long[] {7})).containsExactly(7, 1, 1);
    assertThat(KernelParams.dim3(new long[] {7, 5, 3})).containsExactly(7, 5, 3);
  }
}
