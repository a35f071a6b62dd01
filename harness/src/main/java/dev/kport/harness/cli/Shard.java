package dev.kport.harness.cli;

import dev.kport.harness.spec.KernelSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Part {@code index} of {@code count} of a suite: specs sorted by name, then every count-th one,
 * so the same suite splits the same way on every machine and the parts together are the whole.
 */
record Shard(int index, int count) {

  static final Shard WHOLE = new Shard(1, 1);

  static Shard parse(String s) {
    String[] parts = s.split("/");
    try {
      if (parts.length == 2) {
        int i = Integer.parseInt(parts[0].trim());
        int n = Integer.parseInt(parts[1].trim());
        if (n >= 1 && i >= 1 && i <= n) {
          return new Shard(i, n);
        }
      }
    } catch (NumberFormatException e) {
      // falls through to the message below
    }
    throw new UsageException("--shard: expected I/N with 1 <= I <= N, e.g. 1/4, got '" + s + "'");
  }

  List<KernelSpec> select(List<KernelSpec> specs) {
    List<KernelSpec> sorted = new ArrayList<>(specs);
    sorted.sort(Comparator.comparing(KernelSpec::name).thenComparing(k -> k.file().toString()));
    List<KernelSpec> mine = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      if (i % count == index - 1) {
        mine.add(sorted.get(i));
      }
    }
    return mine;
  }
}
