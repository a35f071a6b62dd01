package dev.kport.harness.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kport.harness.data.HostBuffer;
import dev.kport.harness.spec.CheckSpec.Tolerance;
import dev.kport.harness.spec.ElementType;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class ComparatorTest {

  private static final Tolerance EXACT = Tolerance.EXACT;

  private static Comparison floats(float e, float a, Tolerance t) {
    return Comparator.compare(HostBuffer.fromArray(ElementType.FLOAT, new float[] {e}),
        HostBuffer.fromArray(ElementType.FLOAT, new float[] {a}), t);
  }

  private static Comparison doubles(double e, double a, Tolerance t) {
    return Comparator.compare(HostBuffer.fromArray(ElementType.DOUBLE, new double[] {e}),
        HostBuffer.fromArray(ElementType.DOUBLE, new double[] {a}), t);
  }

  @Test
  void ulpDistanceCrossesZeroCountingBothZerosAsOne() {
    float tiny = Float.MIN_VALUE; // the smallest denormal: one step above zero
    assertThat(Ulps.between(-tiny, tiny)).isEqualTo(2);
    assertThat(Ulps.between(0f, -0f)).isZero();
    assertThat(floats(-tiny, tiny, new Tolerance(2, 0, 0)).passed()).isTrue();
    assertThat(floats(-tiny, tiny, new Tolerance(1, 0, 0)).passed()).isFalse();
    assertThat(floats(0f, -0f, EXACT).passed()).isTrue();
    assertThat(doubles(-Double.MIN_VALUE, Double.MIN_VALUE, new Tolerance(2, 0, 0)).passed()).isTrue();
  }

  @Test
  void ulpIsCountedInTheBuffersOwnType() {
    float one = 1f;
    float next = Math.nextUp(one);
    assertThat(floats(one, next, new Tolerance(1, 0, 0)).passed()).isTrue();
    assertThat(floats(one, next, EXACT).passed()).isFalse();
    // the same gap in double is 2^29 double ulps
    assertThat(doubles(one, next, new Tolerance(1 << 29, 0, 0)).passed()).isTrue();
    assertThat(doubles(one, next, new Tolerance((1 << 29) - 1, 0, 0)).passed()).isFalse();
  }

  @Test
  void nanMatchesOnlyNan() {
    assertThat(floats(Float.NaN, Float.NaN, EXACT).passed()).isTrue();
    assertThat(floats(Float.NaN, 1f, new Tolerance(1e9, 1e30, 1e30)).passed()).isFalse();
    assertThat(floats(1f, Float.NaN, new Tolerance(1e9, 1e30, 1e30)).passed()).isFalse();
    assertThat(doubles(Double.NaN, Double.NaN, EXACT).passed()).isTrue();
  }

  @Test
  void infinitiesMatchOnlyTheSameInfinityWhateverTheTolerance() {
    Tolerance loose = new Tolerance(1e9, 1e30, 1e30);
    assertThat(floats(Float.POSITIVE_INFINITY, Float.POSITIVE_INFINITY, EXACT).passed()).isTrue();
    assertThat(floats(Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, loose).passed()).isFalse();
    // MAX_VALUE is one ulp below infinity and within any relative bound of it: still wrong
    assertThat(floats(Float.POSITIVE_INFINITY, Float.MAX_VALUE, loose).passed()).isFalse();
    assertThat(floats(Float.MAX_VALUE, Float.POSITIVE_INFINITY, loose).passed()).isFalse();
  }

  @ParameterizedTest(name = "e={0} a={1} abs={2} rel={3} -> {4}")
  @CsvSource({
      "100, 100.5, 0.5, 0, true",
      "100, 100.5, 0.25, 0, false",
      "100, 101, 0, 0.01, true",
      "100, 101.5, 0, 0.01, false",
      "100, 101.5, 0.5, 0.01, true", // the bounds add: 0.5 + 0.01 * 100
      "-100, -101, 0, 0.01, true", // rel scales with |e|
      "0, 1e-7, 1e-6, 0, true",
      "0, 1e-7, 0, 0.5, false", // rel alone cannot forgive anything at e = 0
  })
  void absAndRelAddUpToOneBound(double e, double a, double abs, double rel, boolean pass) {
    assertThat(doubles(e, a, new Tolerance(0, abs, rel)).passed()).isEqualTo(pass);
  }

  @Test
  void integersCompareExactlyUnlessAbsOrRelAllow() {
    HostBuffer e = HostBuffer.fromArray(ElementType.INT, new int[] {10, 20, 30});
    HostBuffer a = HostBuffer.fromArray(ElementType.INT, new int[] {10, 21, 30});

    assertThat(Comparator.compare(e, a, new Tolerance(5, 0, 0)).passed()).as("ulp does not apply").isFalse();
    assertThat(Comparator.compare(e, a, new Tolerance(0, 1, 0)).passed()).isTrue();
    assertThat(Comparator.compare(e, a, new Tolerance(0, 0, 0.05)).passed()).isTrue();
    assertThat(Comparator.compare(e, e.copy(), EXACT).passed()).isTrue();
  }

  @Test
  void unsignedExtremesCompareWithoutOverflow() {
    HostBuffer e = HostBuffer.fromArray(ElementType.ULONG, new long[] {-1L, 0});
    HostBuffer a = HostBuffer.fromArray(ElementType.ULONG, new long[] {-2L, 0});
    Comparison c = Comparator.compare(e, a, EXACT);

    assertThat(c.mismatches()).isEqualTo(1);
    assertThat(c.maxAbsError()).isEqualTo(1);
    assertThat(Comparator.compare(e, a, new Tolerance(0, 1, 0)).passed()).isTrue();

    HostBuffer lo = HostBuffer.fromArray(ElementType.LONG, new long[] {Long.MIN_VALUE});
    HostBuffer hi = HostBuffer.fromArray(ElementType.LONG, new long[] {Long.MAX_VALUE});
    assertThat(Comparator.compare(lo, hi, EXACT).maxAbsError()).isEqualTo(0x1p64);
  }

  @Test
  void summaryNamesCountShareWorstAndItsErrors() {
    float[] expected = new float[1000];
    float[] actual = new float[1000];
    for (int i = 0; i < 1000; i++) {
      expected[i] = actual[i] = i * 0.001f;
    }
    actual[3] = Math.nextUp(expected[3]);
    actual[417] = 1.2346001f;
    expected[417] = 1.2345678f;
    actual[900] = expected[900] + 1e-6f;
    Comparison c = Comparator.compare(HostBuffer.fromArray(ElementType.FLOAT, expected),
        HostBuffer.fromArray(ElementType.FLOAT, actual), EXACT);

    assertThat(c.passed()).isFalse();
    assertThat(c.compared()).isEqualTo(1000);
    assertThat(c.mismatches()).isEqualTo(3);
    assertThat(c.mismatchPercent()).isEqualTo(0.3);
    assertThat(c.worst()).get().extracting(Comparison.Element::index).isEqualTo(417L);
    assertThat(c.maxUlpError()).isEqualTo(271);
    assertThat(c.firstMismatches()).extracting(Comparison.Element::index).containsExactly(3L, 417L, 900L);
    assertThat(c.summary()).isEqualTo(
        "3 of 1000 elements differ (0.3%); worst at [417]: expected 1.2345678 got 1.2346001 (abs 3.2e-05, 271 ulp)");
  }

  @Test
  void aPassingComparisonSaysHowCloseItWas() {
    Comparison close = floats(1f, Math.nextUp(1f), new Tolerance(1, 0, 0));
    assertThat(close.summary()).isEqualTo("all 1 elements match (max abs 1.2e-07, max 1 ulp)");
    assertThat(floats(2f, 2f, EXACT).summary()).isEqualTo("all 1 elements match exactly");
  }

  @Test
  void aNanMismatchIsTheWorstAndIsShownWithoutErrorFigures() {
    Comparison c = Comparator.compare(HostBuffer.fromArray(ElementType.FLOAT, new float[] {1, 2, 3}),
        HostBuffer.fromArray(ElementType.FLOAT, new float[] {1.5f, Float.NaN, 3}), EXACT);

    assertThat(c.summary()).isEqualTo("2 of 3 elements differ (66.7%); worst at [1]: expected 2.0 got NaN");
    assertThat(c.maxAbsError()).isEqualTo(0.5);
  }

  @Test
  void vectorElementsAreShownWithTheirComponent() {
    HostBuffer e = HostBuffer.fromArray(ElementType.INT4, new int[] {0, 0, 0, 0, 1, 2, 3, 4});
    HostBuffer a = HostBuffer.fromArray(ElementType.INT4, new int[] {0, 0, 0, 0, 1, 2, 9, 4});

    assertThat(Comparator.compare(e, a, EXACT).summary())
        .isEqualTo("1 of 8 values differ (12.5%); worst at [1].z: expected 3 got 9 (abs 6.0)");
  }

  @Test
  void keepsAtMostFiveMismatchesInIndexOrder() {
    HostBuffer e = HostBuffer.allocate(ElementType.DOUBLE, 100);
    HostBuffer a = HostBuffer.allocate(ElementType.DOUBLE, 100);
    for (long i = 0; i < 100; i += 10) {
      a.setDouble(i, 1);
    }
    Comparison c = Comparator.compare(e, a, EXACT);

    assertThat(c.mismatches()).isEqualTo(10);
    assertThat(c.firstMismatches()).extracting(Comparison.Element::index).containsExactly(0L, 10L, 20L, 30L, 40L);
  }

  @Test
  void buffersOfDifferentShapeCannotBeCompared() {
    assertThatThrownBy(() -> Comparator.compare(HostBuffer.allocate(ElementType.FLOAT, 3),
        HostBuffer.allocate(ElementType.FLOAT, 2), EXACT))
        .hasMessage("cannot compare: expected float[3] but got float[2]");
    assertThatThrownBy(() -> Comparator.compare(HostBuffer.allocate(ElementType.FLOAT, 3),
        HostBuffer.allocate(ElementType.INT, 3), EXACT))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Seeded random floats of every magnitude and sign, denormals included: a property test's inputs. */
  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void ulpDistanceIsAMetricThatAgreesWithNextUp(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    float a = Float.intBitsToFloat(r.nextInt());
    float b = Float.intBitsToFloat(r.nextInt());
    if (Float.isNaN(a) || Float.isNaN(b) || Float.isInfinite(a) || Float.isInfinite(b)) {
      return;
    }
    assertThat(Ulps.between(a, b)).isEqualTo(Ulps.between(b, a)).isNotNegative();
    assertThat(Ulps.between(a, a)).isZero();
    if (a != Float.MAX_VALUE) {
      assertThat(Ulps.between(a, Math.nextUp(a))).isEqualTo(1);
    }
    // the triangle inequality holds with equality when the middle point lies between the ends
    float lo = Math.min(a, b);
    float hi = Math.max(a, b);
    float mid = lo / 2 + hi / 2;
    assertThat(Ulps.between(lo, mid) + Ulps.between(mid, hi)).isEqualTo(Ulps.between(lo, hi));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void anyBufferMatchesItsCopyExactlyAndFailsWhereOneValueChanged(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    float[] values = new float[64];
    for (int i = 0; i < values.length; i++) {
      values[i] = Float.intBitsToFloat(r.nextInt());
    }
    HostBuffer e = HostBuffer.fromArray(ElementType.FLOAT, values);
    assertThat(Comparator.compare(e, e.copy(), EXACT).passed()).isTrue();

    int at = r.nextInt(values.length);
    float[] changed = values.clone();
    changed[at] = Float.isNaN(values[at]) ? 0f : Float.NaN;
    Comparison c = Comparator.compare(e, HostBuffer.fromArray(ElementType.FLOAT, changed), EXACT);
    assertThat(c.mismatches()).isEqualTo(1);
    assertThat(c.worst()).get().extracting(Comparison.Element::index).isEqualTo((long) at);
  }
}
