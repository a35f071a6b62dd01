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
  private static final Class<?> EMPTY = List.of().getClass();
  private static final Class<?> ONE_OR_TWO = List.of(1).getClass();
  private static final Class<?> MANY = List.of(1, 2, 3).getClass();

  /**
   * A read-only list with the elements of {@code list}. Small, so that the JIT inlines it into
   * every node's constructor: the lists the parser hands over (empty, one or two elements) are
   * answered by two comparisons.
   */
  static <T> List<T> frozen(List<T> list) {
    Class<?> c = list.getClass();
    return c == EMPTY || c == ONE_OR_TWO ? list : frozenOther(list);
  }

  private static <T> List<T> frozenOther(List<T> list) {
    Class<?> c = list.getClass();
    if (c == ArrayList.class) {
      return Collections.unmodifiableList(list);
    }
    if (c == READ_ONLY || c == EMPTY || c == ONE_OR_TWO || c == MANY) {
      return list;
    }
    return List.copyOf(list);
  }
}
