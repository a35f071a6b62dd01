package dev.kport.translator.hip;

import dev.kport.translator.TranslationStats;
import dev.kport.translator.diag.Diagnostic;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts, per API family, the CUDA references one HIP translation converted and those it kept
 * because HIP has no counterpart, and lists CUDA-looking names no table knows (family
 * {@code unknown}; not the file's own macros). It watches the rewrites from outside (an edit made, an
 * "unsupported" diagnostic given) so the rewrite rules need no bookkeeping of their own.
 */
final class ReferenceCount {

  static final String HEADERS = "headers";
  static final String LAUNCH = "launch";
  /** CUDA-looking names no rename table has: an API kport does not know yet, or the user's own. */
  static final String UNKNOWN = "unknown";
  private static final List<String> LIBRARY_PREFIXES =
      List.of("cuda", "curand", "cublas", "cufft", "cusparse", "cusolver", "cudnn", "cub");

  /**
   * Converted references per family, {@code families[k]} counted in {@code counts[k]}: a file has a
   * handful of families and converts thousands of references, so a short scan, no boxed counts.
   */
  private String[] families = new String[8];
  private int[] counts = new int[8];
  private int familyCount;
  private final List<TranslationStats.Unconverted> unconverted = new ArrayList<>();
  private final List<TranslationStats.Unconverted> unknown = new ArrayList<>();
  private final Set<String> definedHere = new HashSet<>();

  void converted(String family) {
    converted(family, 1);
  }

  void converted(String family, int n) {
    if (n > 0) {
      counts[slot(family)] += n;
    }
  }

  /** Index of {@code family} in {@link #families}, added if new; the names are mostly the same instances. */
  private int slot(String family) {
    for (int k = 0; k < familyCount; k++) {
      if (families[k] == family) {
        return k;
      }
    }
    for (int k = 0; k < familyCount; k++) {
      if (families[k].equals(family)) {
        return k;
      }
    }
    if (familyCount == families.length) {
      families = java.util.Arrays.copyOf(families, familyCount * 2);
      counts = java.util.Arrays.copyOf(counts, familyCount * 2);
    }
    families[familyCount] = family;
    return familyCount++;
  }

  /** Each diagnostic of {@code code} in {@code found} from index {@code from} on is a kept reference. */
  void unconverted(String family, String name, List<Diagnostic> found, int from, String code) {
    for (int k = from; k < found.size(); k++) {
      Diagnostic d = found.get(k);
      if (d.code().equals(code)) {
        unconverted.add(new TranslationStats.Unconverted(family, name, d.file(), d.line(), d.column()));
      }
    }
  }

  /** A CUDA-looking name no table has, at this place; dropped at the end if the file defines it as a macro. */
  void unknown(String name, String file, int line, int column) {
    unknown.add(new TranslationStats.Unconverted(UNKNOWN, name, file, line, column));
  }

  /** A macro the file defines ({@code CUDA_CHECK}): its uses are the user's, not an unknown API. */
  void defined(String macro) {
    if (!macro.isEmpty()) {
      definedHere.add(macro);
    }
  }

  /**
   * Whether {@code name} is spelled like a CUDA API name: {@code cudaX}, {@code cuX} (driver),
   * {@code CUx}/{@code CU_X}/{@code CUDA_X}, or a CUDA library prefix ({@code curand}, {@code cublas}, ...).
   */
  static boolean looksLikeCuda(String name) {
    if (name.length() < 4) {
      return false;
    }
    if (name.startsWith("CU")) {
      return true;
    }
    if (!name.startsWith("cu")) {
      return false;
    }
    if (Character.isUpperCase(name.charAt(2))) {
      return true;
    }
    for (String prefix : LIBRARY_PREFIXES) {
      if (name.startsWith(prefix) && name.length() > prefix.length()
          && (Character.isUpperCase(name.charAt(prefix.length())) || name.charAt(prefix.length()) == '_')) {
        return true;
      }
    }
    return false;
  }

  /** {@code runtime.tsv} names the family {@code runtime}. */
  static String family(HipRenameTable.Row row) {
    String known = FAMILIES.get(row.table()); // a plain read: computeIfAbsent may lock even when present
    return known != null ? known : FAMILIES.computeIfAbsent(row.table(), table -> {
      int dot = table.lastIndexOf('.');
      return dot < 0 ? table : table.substring(0, dot);
    });
  }

  /** Family by table name: the few tables are met at every rename, so each name is cut once. */
  private static final java.util.concurrent.ConcurrentHashMap<String, String> FAMILIES =
      new java.util.concurrent.ConcurrentHashMap<>();

  TranslationStats stats() {
    List<TranslationStats.Unconverted> all = new ArrayList<>(unconverted);
    unknown.stream().filter(u -> !definedHere.contains(u.name())).forEach(all::add);
    all.sort(Comparator.comparingInt(TranslationStats.Unconverted::line)
        .thenComparingInt(TranslationStats.Unconverted::column));
    Map<String, Integer> converted = new TreeMap<>();
    for (int k = 0; k < familyCount; k++) {
      converted.put(families[k], counts[k]);
    }
    return new TranslationStats(converted, all);
  }
}
