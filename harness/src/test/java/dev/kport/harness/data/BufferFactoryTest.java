package dev.kport.harness.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.kport.harness.spec.BufferSpec;
import dev.kport.harness.spec.ElementType;
import dev.kport.harness.spec.Init;
import dev.kport.harness.spec.KernelSpec;
import dev.kport.harness.spec.SpecException;
import dev.kport.harness.spec.SpecLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BufferFactoryTest {

  private static final Path FULL = Path.of("src/test/resources/specs/full/kernel.yaml");

  private static HostBuffer make(ElementType type, long count, Init init) throws IOException {
    return BufferFactory.create(new BufferSpec("b", type, "n", init), count, "small");
  }

  /**
   * SplitMix64 as published (Steele, Lea, Flood 2014), written out here so the test does not
   * trust the code it checks: anyone can recompute a spec's inputs, in any language, from this.
   */
  private static long[] splitMix64(long seed, int n) {
    long[] out = new long[n];
    long s = seed;
    for (int i = 0; i < n; i++) {
      long z = (s += 0x9E3779B97F4A7C15L);
      z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
      out[i] = z ^ (z >>> 31);
    }
    return out;
  }

  @Test
  void uniformIsSplitMix64sTop53BitsScaledToTheRange() throws IOException {
    HostBuffer b = make(ElementType.FLOAT, 1000, new Init.Uniform(-1, 1, 1, Optional.empty()));

    long[] draws = splitMix64(1, 1000);
    for (int i = 0; i < 1000; i++) {
      float expected = (float) (-1 + 2 * ((draws[i] >>> 11) * 0x1.0p-53));
      assertThat(b.getDouble(i)).as("element %d", i).isEqualTo(expected);
    }
  }

  @Test
  void theSameSeedGivesTheSameBytesAndAnotherSeedOthers() throws IOException {
    Init normal = new Init.Normal(3, 2, 42, Optional.empty());
    HostBuffer a = make(ElementType.DOUBLE, 5000, normal);

    assertThat(make(ElementType.DOUBLE, 5000, normal).sameContents(a)).isTrue();
    assertThat(make(ElementType.DOUBLE, 5000, new Init.Normal(3, 2, 43, Optional.empty())).sameContents(a))
        .isFalse();
  }

  @Test
  void normalHasTheAskedMeanAndSpread() throws IOException {
    HostBuffer b = make(ElementType.DOUBLE, 200_000, new Init.Normal(3, 2, 7, Optional.empty()));
    double sum = 0;
    double sq = 0;
    for (long i = 0; i < b.scalars(); i++) {
      sum += b.getDouble(i);
      sq += b.getDouble(i) * b.getDouble(i);
    }
    double mean = sum / b.scalars();
    double sd = Math.sqrt(sq / b.scalars() - mean * mean);

    assertThat(mean).isCloseTo(3, within(0.02));
    assertThat(sd).isCloseTo(2, within(0.02));
  }

  @Test
  void uniformStaysInItsHalfOpenRange() throws IOException {
    HostBuffer b = make(ElementType.DOUBLE, 100_000, new Init.Uniform(5, 6, 3, Optional.empty()));
    for (long i = 0; i < b.scalars(); i++) {
      assertThat(b.getDouble(i)).isGreaterThanOrEqualTo(5).isLessThan(6);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"int", "uchar", "float", "long"})
  void integersCoverBothEndsAndNothingOutside(String type) throws IOException {
    HostBuffer b = make(ElementType.parse(type).orElseThrow(), 2000, new Init.Integers(0, 9, 11, Optional.empty()));
    boolean[] seen = new boolean[10];
    for (long i = 0; i < b.scalars(); i++) {
      double v = b.getDouble(i);
      assertThat(v).isBetween(0.0, 9.0).isEqualTo(Math.rint(v));
      seen[(int) v] = true;
    }
    assertThat(seen).containsOnly(true);
  }

  @Test
  void integersOverTheWholeLongRangeDoNotOverflow() throws IOException {
    HostBuffer b = make(ElementType.LONG, 100, new Init.Integers(Long.MIN_VALUE, Long.MAX_VALUE, 1, Optional.empty()));
    assertThat((long[]) b.toArray()).doesNotHaveDuplicates();
  }

  @Test
  void sequenceAndConstantFillTheFlatScalars() throws IOException {
    assertThat((float[]) make(ElementType.FLOAT2, 2, new Init.Sequence(1, 0.5, Optional.empty())).toArray())
        .containsExactly(1f, 1.5f, 2f, 2.5f);
    assertThat((int[]) make(ElementType.INT, 3, new Init.Constant(-7, Optional.empty())).toArray())
        .containsExactly(-7, -7, -7);
  }

  @Test
  void specialsReplaceExactlyTheirShareWithTheListedValues() throws IOException {
    Init.Specials specials = new Init.Specials(0.1, List.of("nan", "-inf", "denormal"), 5);
    HostBuffer b = make(ElementType.FLOAT, 1000, new Init.Constant(1, Optional.of(specials)));

    int nan = 0;
    int negInf = 0;
    int denormal = 0;
    for (long i = 0; i < b.scalars(); i++) {
      float v = (float) b.getDouble(i);
      nan += Float.isNaN(v) ? 1 : 0;
      negInf += v == Float.NEGATIVE_INFINITY ? 1 : 0;
      denormal += v != 0 && Math.abs(v) < Float.MIN_NORMAL ? 1 : 0;
      assertThat(Float.isNaN(v) || v == 1 || v == Float.NEGATIVE_INFINITY || v == Float.MIN_NORMAL / 2).isTrue();
    }
    assertThat(nan + negInf + denormal).isEqualTo(100);
    assertThat(nan).isPositive();
    assertThat(negInf).isPositive();
    assertThat(denormal).isPositive();
  }

  @Test
  void specialsAreChosenByTheirOwnSeed() throws IOException {
    Init a = new Init.Uniform(0, 1, 1, Optional.of(new Init.Specials(0.05, List.of("nan"), 1)));
    Init b = new Init.Uniform(0, 1, 1, Optional.of(new Init.Specials(0.05, List.of("nan"), 2)));

    assertThat(make(ElementType.FLOAT, 1000, a).sameContents(make(ElementType.FLOAT, 1000, a))).isTrue();
    assertThat(make(ElementType.FLOAT, 1000, a).sameContents(make(ElementType.FLOAT, 1000, b))).isFalse();
  }

  @Test
  void negativeZeroAndDoubleDenormalsAreWhatTheySay() {
    assertThat(1 / BufferFactory.value("-zero", ElementType.Scalar.F32)).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(BufferFactory.value("-denormal", ElementType.Scalar.F64)).isNegative()
        .isGreaterThan(-Double.MIN_NORMAL);
  }

  @Test
  void aSpecsBufferGetsTheCountOfTheAskedSize() throws SpecException {
    KernelSpec spec = SpecLoader.load(FULL);

    assertThat(BufferFactory.create(spec, "hist", "small").count()).isEqualTo(2); // ceil(16 / TILE)
    assertThat(BufferFactory.create(spec, "a", "default").count()).isEqualTo(64);
    assertThat(BufferFactory.create(spec, "w", "small").getDouble(15)).isEqualTo(15); // data/w_small.npy
    assertThat(BufferFactory.create(spec, "w", "default").getDouble(63)).isEqualTo(1); // data/w_default.npy
  }

  @Test
  void anNpyWhoseCountDoesNotMatchNamesTheFileAndTheCount() {
    Path file = Path.of("src/test/resources/npy/f4_2x3.npy");
    BufferSpec spec = new BufferSpec("x", ElementType.FLOAT, "n", new Init.Npy(file, Optional.empty()));

    assertThatThrownBy(() -> BufferFactory.create(spec, 8, "small"))
        .isInstanceOf(NpyException.class)
        .hasMessage(file + " holds 6 float elements but buffer 'x' has 8");
  }
}
