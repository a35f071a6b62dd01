package dev.kport.translator.parse;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Gathers the elements of the lists the parser builds (declarations, statements of a block,
 * parameters, call arguments) in arrays reused from list to list, one per nesting level, and
 * hands each list to the tree at exactly its size. Most of these lists hold one or two elements;
 * an {@code ArrayList} with its ten-slot array, and the read-only view the tree puts around it,
 * cost several times what the tree keeps.
 *
 * <p>A level is named by the number {@link #start} returns, so a list left unfinished by a parse
 * error only wastes its level until an enclosing list finishes.
 */
final class ListScratch {

  private Object[][] levels = new Object[16][];
  private int[] sizes = new int[16];
  /** The innermost level in use; -1 when none is. */
  private int depth = -1;

  /** Starts an empty list one level deeper than any open one; returns its level. */
  int start() {
    int level = ++depth;
    if (level == levels.length) {
      levels = Arrays.copyOf(levels, level * 2);
      sizes = Arrays.copyOf(sizes, level * 2);
    }
    if (levels[level] == null) {
      levels[level] = new Object[8];
    }
    sizes[level] = 0;
    return level;
  }

  void add(int level, Object element) {
    Object[] items = levels[level];
    int size = sizes[level];
    if (size == items.length) {
      items = Arrays.copyOf(items, size * 2);
      levels[level] = items;
    }
    items[size] = element;
    sizes[level] = size + 1;
  }

  void addAll(int level, List<?> elements) {
    for (int i = 0, size = elements.size(); i < size; i++) {
      add(level, elements.get(i));
    }
  }

  boolean isEmpty(int level) {
    return sizes[level] == 0;
  }

  /**
   * The list gathered at {@code level}, read-only and of exactly its size; closes that level and
   * any left open above it.
   */
  @SuppressWarnings("unchecked")
  <T> List<T> finish(int level) {
    Object[] items = levels[level];
    int size = sizes[level];
    depth = level - 1;
    if (size == 0) {
      return List.of();
    }
    if (size == 1 && items[0] != null) {
      return (List<T>) List.of(items[0]);
    }
    if (size == 2 && items[0] != null && items[1] != null) {
      return (List<T>) List.of(items[0], items[1]);
    }
    return (List<T>) Collections.unmodifiableList(Arrays.asList(Arrays.copyOf(items, size)));
  }
}
