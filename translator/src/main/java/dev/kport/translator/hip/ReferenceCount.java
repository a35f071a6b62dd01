package dev.kport.translator.hip;

import dev.kport.translator.TranslationStats;
import dev.kport.translator.diag.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts, per API family, the CUDA references one HIP translation converted and those it kept
 * because HIP has no counterpart. It watches the rewrites from outside (an edit made, an
 * "unsupported" diagnostic given) so the rewrite rules need no bookkeeping of their own.
 */
final class ReferenceCount {

  static final String HEADERS = "headers";
  static final String LAUNCH = "launch";

  private final Map<String, Integer> converted = new TreeMap<>();
  private final List<TranslationStats.Unconverted> unconverted = new ArrayList<>();

  void converted(String family) {
    converted(family, 1);
  }

  void converted(String family, int n) {
    if (n > 0) {
      converted.merge(family, n, Integer::sum);
    }
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

  /** {@code runtime.tsv} names the family {@code runtime}. */
  static String family(HipRenameTable.Row row) {
    String table = row.table();
    int dot = table.lastIndexOf('.');
    return dot < 0 ? table : table.substring(0, dot);
  }

  TranslationStats stats() {
    return new TranslationStats(converted, unconverted);
  }
}
