package dev.kport.kernels.black_scholes;

import dev.kport.kernels.ReferenceData;
import dev.kport.kernels.ReferenceModel;

/** European call and put prices, in double, with the normal CDF through an accurate erfc. */
public final class BlackScholesModel implements ReferenceModel {

  @Override
  public String name() {
    return "black_scholes";
  }

  @Override
  public void compute(ReferenceData data) {
    float[] price = data.floats("price");
    float[] strike = data.floats("strike");
    float[] years = data.floats("years");
    float[] call = data.floats("call");
    float[] put = data.floats("put");
    // the kernel receives the rates as float parameters: round them the same way
    double rate = (float) data.value("RATE");
    double vol = (float) data.value("VOLATILITY");
    int n = data.size("n");
    for (int i = 0; i < n; i++) {
      double s = price[i];
      double x = strike[i];
      double t = years[i];
      double sqrtT = Math.sqrt(t);
      double d1 = (Math.log(s / x) + (rate + 0.5 * vol * vol) * t) / (vol * sqrtT);
      double d2 = d1 - vol * sqrtT;
      double discounted = x * Math.exp(-rate * t);
      call[i] = (float) (s * normalCdf(d1) - discounted * normalCdf(d2));
      put[i] = (float) (discounted * normalCdf(-d2) - s * normalCdf(-d1));
    }
  }

  static double normalCdf(double d) {
    return 0.5 * erfc(-d / Math.sqrt(2));
  }

  /**
   * The complementary error function to ~1e-15 relative: the Maclaurin series of erf below 2
   * (terms grow at most to e^4, so little is lost), a continued fraction in the tail where the
   * series would cancel. The JDK has no erfc.
   */
  static double erfc(double x) {
    if (x < 0) {
      return 2 - erfc(-x);
    }
    return x < 2 ? 1 - erfSeries(x) : erfcContinuedFraction(x);
  }

  private static double erfSeries(double x) {
    // erf(x) = 2/sqrt(pi) * sum_k (-1)^k x^(2k+1) / (k! (2k+1))
    double sum = 0;
    double power = x;
    for (int k = 0; k < 200; k++) {
      double term = power / (2 * k + 1);
      sum += term;
      if (Math.abs(term) <= 1e-17 * Math.abs(sum)) {
        break;
      }
      power *= -x * x / (k + 1);
    }
    return 2 / Math.sqrt(Math.PI) * sum;
  }

  private static double erfcContinuedFraction(double x) {
    // erfc(x) = exp(-x^2)/sqrt(pi) / (x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + ...))))),
    // evaluated from the back; 60 levels converge to double precision for x >= 2
    double f = 0;
    for (int k = 60; k >= 1; k--) {
      f = (k / 2.0) / (x + f);
    }
    return Math.exp(-x * x) / Math.sqrt(Math.PI) / (x + f);
  }
}
