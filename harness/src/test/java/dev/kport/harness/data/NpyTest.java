package dev.kport.harness.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kport.harness.spec.ElementType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads files NumPy wrote (under src/test/resources/npy) and writes files NumPy would write. */
class NpyTest {

  private static final Path DIR = Path.of("src/test/resources/npy");

  @Test
  void readsAnyShapeFlatInCOrder() throws IOException {
    HostBuffer b = Npy.read(DIR.resolve("f4_2x3.npy"), ElementType.FLOAT);

    assertThat((float[]) b.toArray()).containsExactly(1.5f, -2.25f, 3f, Float.POSITIVE_INFINITY, -0f, 1e-40f);
    assertThat(Npy.readHeader(DIR.resolve("f4_2x3.npy")).shapeText()).isEqualTo("(2, 3)");
  }

  @Test
  void readsEveryIntegerAndFloatDtype() throws IOException {
    assertThat((double[]) Npy.read(DIR.resolve("f8.npy"), ElementType.DOUBLE).toArray())
        .containsExactly(0.1, -1e300, Double.NaN);
    assertThat((byte[]) Npy.read(DIR.resolve("i1.npy"), ElementType.CHAR).toArray())
        .containsExactly(-128, 0, 127);
    assertThat(Npy.read(DIR.resolve("u1.npy"), ElementType.UCHAR).getLong(2)).isEqualTo(255);
    assertThat((short[]) Npy.read(DIR.resolve("i2.npy"), ElementType.SHORT).toArray())
        .containsExactly((short) -32768, (short) 7, (short) 32767);
    assertThat(Npy.read(DIR.resolve("u2.npy"), ElementType.USHORT).getLong(1)).isEqualTo(65535);
    assertThat((int[]) Npy.read(DIR.resolve("i4.npy"), ElementType.INT).toArray())
        .containsExactly(-5, Integer.MAX_VALUE);
    assertThat(Npy.read(DIR.resolve("u4.npy"), ElementType.UINT).getLong(0)).isEqualTo(4294967295L);
    assertThat((long[]) Npy.read(DIR.resolve("i8.npy"), ElementType.LONG).toArray())
        .containsExactly(Long.MIN_VALUE, 42);
    assertThat(Npy.read(DIR.resolve("u8.npy"), ElementType.ULONG).getLong(0)).isEqualTo(-1L);
  }

  @Test
  void readsHeaderVersionsTwoAndThreeAndZeroDimensionalArrays() throws IOException {
    assertThat((int[]) Npy.read(DIR.resolve("v2.npy"), ElementType.INT).toArray()).containsExactly(0, 1, 2, 3);
    assertThat((short[]) Npy.read(DIR.resolve("v3.npy"), ElementType.USHORT).toArray())
        .containsExactly((short) 0, (short) 1, (short) 2, (short) 3);
    HostBuffer scalar = Npy.read(DIR.resolve("scalar.npy"), ElementType.FLOAT);
    assertThat(scalar.count()).isEqualTo(1);
    assertThat(scalar.getDouble(0)).isEqualTo(2.5);
  }

  @Test
  void aVectorBufferReadsRowsOfItsWidth() throws IOException {
    HostBuffer b = Npy.read(DIR.resolve("f4_2x4.npy"), ElementType.FLOAT4);
    assertThat(b.count()).isEqualTo(2);
    assertThat(b.getDouble(7)).isEqualTo(7);
  }

  @Test
  void refusesWhatItCannotReadFlatWithTheReason() {
    assertThatThrownBy(() -> Npy.read(DIR.resolve("f8.npy"), ElementType.FLOAT))
        .isInstanceOf(NpyException.class)
        .hasMessage(DIR.resolve("f8.npy") + ": dtype <f8 does not match a float buffer (expected <f4)");
    assertThatThrownBy(() -> Npy.read(DIR.resolve("big_endian.npy"), ElementType.FLOAT))
        .hasMessageEndingWith("dtype >f4 does not match a float buffer (expected <f4)");
    assertThatThrownBy(() -> Npy.read(DIR.resolve("bool.npy"), ElementType.UCHAR))
        .hasMessageEndingWith("dtype |b1 does not match a uchar buffer (expected |u1)");
    assertThatThrownBy(() -> Npy.read(DIR.resolve("fortran.npy"), ElementType.FLOAT))
        .hasMessageEndingWith("Fortran-ordered array of shape (2, 3); save it in C order (numpy.ascontiguousarray)");
    assertThatThrownBy(() -> Npy.read(DIR.resolve("f4_2x3.npy"), ElementType.FLOAT4))
        .hasMessageEndingWith("6 values are not a whole number of float4 elements (4 values each)");
  }

  @Test
  void refusesFilesThatAreNotNpyOrAreCutShort(@TempDir Path tmp) throws IOException {
    Path text = Files.writeString(tmp.resolve("x.npy"), "hello, not numpy");
    assertThatThrownBy(() -> Npy.read(text, ElementType.FLOAT)).hasMessageContaining("not an .npy file");

    byte[] whole = Files.readAllBytes(DIR.resolve("f8.npy"));
    Path cut = Files.write(tmp.resolve("cut.npy"), java.util.Arrays.copyOf(whole, whole.length - 4));
    assertThatThrownBy(() -> Npy.read(cut, ElementType.DOUBLE))
        .hasMessageEndingWith("truncated: shape (3,) needs 24 bytes of data, the file has 20");
  }

  @Test
  void writesTheSameBytesNumPyWrites(@TempDir Path tmp) throws IOException {
    HostBuffer flat = HostBuffer.fromArray(ElementType.FLOAT,
        new float[] {1.5f, -2.25f, 3f, Float.POSITIVE_INFINITY, -0f, 1e-40f});
    Npy.write(tmp.resolve("flat.npy"), flat);
    assertThat(tmp.resolve("flat.npy")).hasSameBinaryContentAs(DIR.resolve("f4_flat.npy"));

    HostBuffer vec = HostBuffer.fromArray(ElementType.FLOAT4, new float[] {0, 1, 2, 3, 4, 5, 6, 7});
    Npy.write(tmp.resolve("vec.npy"), vec);
    assertThat(tmp.resolve("vec.npy")).hasSameBinaryContentAs(DIR.resolve("f4_2x4.npy"));
  }

  @Test
  void writeThenReadGivesTheSameBuffer(@TempDir Path tmp) throws IOException {
    for (ElementType t : ElementType.values()) {
      HostBuffer b = HostBuffer.allocate(t, 3);
      for (long i = 0; i < b.scalars(); i++) {
        b.setDouble(i, i * 7 - 5);
      }
      Path f = tmp.resolve(t.spelling + ".npy");
      Npy.write(f, b);
      assertThat(Npy.read(f, t).sameContents(b)).as(t.spelling).isTrue();
    }
  }
}
