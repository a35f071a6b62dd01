package dev.kport.kernels.black_scholes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModels;
import org.junit.jupiter.api.Test;

class BlackScholesModelTest {

  @Test
  void erfcMatchesTabulatedValuesOnBothSidesOfTheSeriesSwitch() {
    // Abramowitz & Stegun table 7.1: erf(1) = 0.8427007929, erf(2) = 0.9953222650
    assertThat(BlackScholesModel.erfc(0)).isEqualTo(1.0);
    assertThat(BlackScholesModel.erfc(1)).isCloseTo(0.157299207050285, within(1e-14));
    assertThat(BlackScholesModel.erfc(-1)).isCloseTo(1.842700792949715, within(1e-14));
    assertThat(BlackScholesModel.erfc(2)).isCloseTo(0.004677734981047266, within(1e-16));
    assertThat(BlackScholesModel.erfc(3)).isCloseTo(2.209049699858544e-5, within(1e-18));
  }

  @Test
  void atTheMoneyOptionWithZeroRateHasEqualCallAndPut() {
    // S = X = 100, T = 1, r = 0, v = 0.2: d1 = (0 + 0.02) / 0.2 = 0.1, d2 = -0.1.
    // N(0.1) = 0.5398278373, N(-0.1) = 0.4601721627 (standard normal table).
    // call = 100 * 0.5398278373 - 100 * 0.4601721627 = 7.96556746
    // put  = 100 * N(0.1) - 100 * N(-0.1) = the same (put-call parity with r = 0, S = X)
    // v = 0.2 is rounded to float (0.2000000030) as the kernel receives it; the price moves by
    // about vega * 3e-9 = 40 * 3e-9, far below the 1e-5 asked.
    ReferenceData d = optionOf(100, 100, 1, 0, 0.2);
    ReferenceModels.byName("black_scholes").orElseThrow().compute(d);
    assertThat(d.floats("call")[0]).isCloseTo(7.96556746f, within(1e-5f));
    assertThat(d.floats("put")[0]).isCloseTo(7.96556746f, within(1e-5f));
  }

  @Test
  void deepOutOfTheMoneyCallIsNearlyWorthlessAndThePutIsTheDiscountedIntrinsicValue() {
    // S = 10, X = 100, T = 1, r = 0.05, v = 0.2 (0.05 and 0.2 as floats):
    // d1 = (ln 0.1 + 0.07) / 0.2 = (-2.302585093 + 0.07) / 0.2 = -11.16292547; N(d1) ~ 3e-29
    // d2 = -11.36292547; N(-d2) = 1 - ~3e-30
    // call ~ 10 * 3e-29 ~ 0; put = 100 e^-0.05 - 10 = 95.12294245 - 10 = 85.12294245
    ReferenceData d = optionOf(10, 100, 1, 0.05, 0.2);
    ReferenceModels.byName("black_scholes").orElseThrow().compute(d);
    assertThat(d.floats("call")[0]).isCloseTo(0f, within(1e-20f));
    assertThat(d.floats("put")[0]).isCloseTo(85.12294245f, within(1e-5f));
  }

  private static ReferenceData optionOf(float s, float x, float t, double rate, double vol) {
    return new ReferenceData()
        .put("price", new float[] {s})
        .put("strike", new float[] {x})
        .put("years", new float[] {t})
        .put("call", new float[1])
        .put("put", new float[1])
        .var("n", 1)
        .var("RATE", rate)
        .var("VOLATILITY", vol);
  }
}
