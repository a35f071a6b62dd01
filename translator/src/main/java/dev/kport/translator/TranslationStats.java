package dev.kport.translator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a translation did with the CUDA references it met, per API family (the rename table a
 * name comes from: {@code runtime}, {@code driver}, {@code device}, {@code headers}, library
 * families, and {@code launch} for launches rewritten to {@code hipLaunchKernelGGL}).
 *
 * @param converted per family, how many references were translated
 * @param unconverted each reference kept as written because the target has no counterpart, in file order
 */
public record TranslationStats(Map<String, Integer> converted, List<Unconverted> unconverted) {

  public static final TranslationStats EMPTY = new TranslationStats(Map.of(), List.of());

  /** A CUDA reference kept as written, and where. */
  public record Unconverted(String family, String name, String file, int line, int column) {}

  public TranslationStats {
    converted = Map.copyOf(converted);
    unconverted = List.copyOf(unconverted);
  }

  /** Per family, how many references were kept as written. */
  public Map<String, Integer> unconvertedByFamily() {
    Map<String, Integer> counts = new TreeMap<>();
    for (Unconverted u : unconverted) {
      counts.merge(u.family(), 1, Integer::sum);
    }
    return counts;
  }

  /** Every family that has a count, in name order. */
  public List<String> families() {
    TreeSet<String> all = new TreeSet<>(converted.keySet());
    all.addAll(unconvertedByFamily().keySet());
    return List.copyOf(all);
  }

  public int convertedTotal() {
    return converted.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** The sum of two files' statistics, as the total of a tree. */
  public TranslationStats plus(TranslationStats other) {
    Map<String, Integer> sum = new TreeMap<>(converted);
    other.converted.forEach((k, v) -> sum.merge(k, v, Integer::sum));
    List<Unconverted> both = new ArrayList<>(unconverted);
    both.addAll(other.unconverted);
    return new TranslationStats(sum, both);
  }
}
