package dev.kport.harness.run;

import java.util.Arrays;

/**
 * Device time of one whole run of a spec's steps, over repetitions.
 *
 * @param samplesNs each repetition's device time (sum of its launches), in ns
 */
public record Timing(long[] samplesNs, long wallNs) {

  // arrays compare by identity in records: two equal timings must be equal
  @Override
  public boolean equals(Object o) {
    return o instanceof Timing t && wallNs == t.wallNs && Arrays.equals(samplesNs, t.samplesNs);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(samplesNs) + Long.hashCode(wallNs);
  }

  @Override
  public String toString() {
    return "Timing[samplesNs=" + Arrays.toString(samplesNs) + ", wallNs=" + wallNs + "]";
  }

  public long medianNs() {
    long[] s = samplesNs.clone();
    Arrays.sort(s);
    return s.length == 0 ? 0 : s[s.length / 2];
  }

  public long minNs() {
    return Arrays.stream(samplesNs).min().orElse(0);
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
