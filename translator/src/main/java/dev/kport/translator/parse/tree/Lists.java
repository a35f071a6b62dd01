package dev.kport.translator.parse.tree;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Makes node lists read-only without copying them. The parser builds each list once and never
 * touches it again, so a read-only view is as immutable as a copy for every reader, at a
 * fraction of the cost on the hot path (a node per few tokens).
 */
final class Lists {
  private Lists() {}

  private static final Class<?> READ_ONLY = Collections.unmodifiableList(new ArrayList<>()).getClass();

  static <T> List<T> frozen(List<T> list) {
    if (list instanceof ArrayList<?>) {
      return Collections.unmodifiableList(list);
    }
    if (list.getClass() == READ_ONLY || list.getClass().getName().startsWith("java.util.ImmutableCollections")) {
      return list;
    }
    return List.copyOf(list);
  }
}
