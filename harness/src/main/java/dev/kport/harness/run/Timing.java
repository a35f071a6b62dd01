package dev.kport.harness.run;

import java.util.Arrays;

/**
 * Device time of one whole run of a spec's steps, over repetitions, and what it means against
 * the spec's metrics and the device's measured bandwidth.
 *
 * @param samplesNs each repetition's device time (sum of its launches), in ns
 * @param bytes bytes one run moves (the spec's {@code metrics.bytes}), NaN when not given
 * @param flops operations of one run (the spec's {@code metrics.flops}), NaN when not given
 * @param peakGBs the device's measured bandwidth in GB/s (the probe's best), NaN when unknown
 */
public record Timing(long[] samplesNs, long wallNs, double bytes, double flops, double peakGBs) {

  /** A timing with no metrics. */
  public Timing(long[] samplesNs, long wallNs) {
    this(samplesNs, wallNs, Double.NaN, Double.NaN, Double.NaN);
  }

  // arrays compare by identity in records: two equal timings must be equal
  @Override
  public boolean equals(Object o) {
    return o instanceof Timing t && wallNs == t.wallNs && Arrays.equals(samplesNs, t.samplesNs)
        && Double.compare(bytes, t.bytes) == 0 && Double.compare(flops, t.flops) == 0
        && Double.compare(peakGBs, t.peakGBs) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(samplesNs) + Long.hashCode(wallNs);
  }

  @Override
  public String toString() {
    return "Timing[samplesNs=" + Arrays.toString(samplesNs) + ", wallNs=" + wallNs + ", bytes=" + bytes
        + ", flops=" + flops + ", peakGBs=" + peakGBs + "]";
  }

  public long medianNs() {
    long[] s = samplesNs.clone();
    Arrays.sort(s);
    return s.length == 0 ? 0 : s[s.length / 2];
  }

  public long minNs() {
    return Arrays.stream(samplesNs).min().orElse(0);
  }

  /** The 90th percentile (nearest rank). */
  public long p90Ns() {
    long[] s = samplesNs.clone();
    Arrays.sort(s);
    return s.length == 0 ? 0 : s[Math.min(s.length - 1, (int) Math.ceil(0.9 * s.length) - 1)];
  }

  /** Coefficient of variation of the samples (standard deviation over mean); 0 for one sample. */
  public double cv() {
    if (samplesNs.length < 2) {
      return 0;
    }
    double mean = Arrays.stream(samplesNs).average().orElse(0);
    double var = Arrays.stream(samplesNs).mapToDouble(x -> (x - mean) * (x - mean)).sum() / (samplesNs.length - 1);
    return mean == 0 ? 0 : Math.sqrt(var) / mean;
  }

  /** GB/s at the median time (1 GB = 1e9 bytes), NaN without a bytes metric. */
  public double gbPerSecond() {
    long m = medianNs();
    return m == 0 ? Double.NaN : bytes / m;
  }

  /** GFLOP/s at the median time, NaN without a flops metric. */
  public double gflops() {
    long m = medianNs();
    return m == 0 ? Double.NaN : flops / m;
  }

  /** GB/s as a percentage of the device's measured bandwidth, NaN when either is unknown. */
  public double percentOfPeak() {
    return 100 * gbPerSecond() / peakGBs;
  }

  public int repetitions() {
    return samplesNs.length;
  }

  /** 1.23 ms, 456 µs, 12.3 s — a time as people read it. */
  public static String format(long ns) {
    if (ns >= 1_000_000_000L) {
      return String.format("%.2f s", ns / 1e9);
    }
    if (ns >= 1_000_000L) {
      return String.format("%.3f ms", ns / 1e6);
    }
    return String.format("%.1f µs", ns / 1e3);
  }
}
