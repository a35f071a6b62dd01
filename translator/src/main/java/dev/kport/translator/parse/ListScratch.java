package dev.kport.translator.parse;

import dev.kport.translator.parse.tree.NodeList;
import java.util.Arrays;
import java.util.List;

/**
 * Gathers the elements of the lists the parser builds (declarations, statements of a block,
 * parameters, call arguments) in arrays reused from list to list, one per nesting level, and
 * hands each list to the tree as a {@link NodeList} of exactly its size. Most of these lists hold
 * one or two elements; an {@code ArrayList} with its ten-slot array would cost several times what
 * the tree keeps.
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
  <T> List<T> finish(Level level) {
    Object[] items = level.items;
    int size = level.size;
    depth = level.depth - 1;
    return NodeList.copyOf(items, size);
  }
}
