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
 * <p>A level is the {@link Level} {@link #start} returns, so a list left unfinished by a parse
 * error only wastes its level until an enclosing list finishes.
 */
final class ListScratch {

  /**
   * One list being gathered, reused by the next list started at its nesting level. The parser
   * adds to it directly: add() is small enough for the JIT to inline wherever it is called.
   */
  static final class Level {
    final int depth;
    Object[] items = new Object[8];
    int size;

    Level(int depth) {
      this.depth = depth;
    }

    void add(Object element) {
      if (size == items.length) {
        grow();
      }
      items[size++] = element;
    }

    private void grow() {
      items = Arrays.copyOf(items, size * 2);
    }

    void addAll(List<?> elements) {
      for (int i = 0, count = elements.size(); i < count; i++) {
        add(elements.get(i));
      }
    }

    boolean isEmpty() {
      return size == 0;
    }
  }

  private Level[] levels = new Level[16];
  /** The innermost level in use; -1 when none is. */
  private int depth = -1;

  /** Starts an empty list one level deeper than any open one. */
  Level start() {
    int d = ++depth;
    if (d == levels.length) {
      levels = Arrays.copyOf(levels, d * 2);
    }
    Level level = levels[d];
    if (level == null) {
      level = new Level(d);
      levels[d] = level;
    }
    level.size = 0;
    return level;
  }

  /**
   * The list gathered at {@code level}, read-only and of exactly its size; closes that level and
   * any left open above it.
   */
  @SuppressWarnings("unchecked")
  <T> List<T> finish(Level level) {
    Object[] items = level.items;
    int size = level.size;
    depth = level.depth - 1;
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
