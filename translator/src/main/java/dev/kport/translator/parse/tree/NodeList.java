package dev.kport.translator.parse.tree;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The one class of every list a node holds: read-only, the node's own (a list handed to a node's
 * constructor is copied unless it is one already), of exactly its size, nulls allowed, and equal
 * to any list with the same elements. One final class, rather than {@code List.of} lists for a
 * few elements and read-only views for more, keeps every loop over a node's list monomorphic:
 * the JIT then makes {@code size()} and {@code get(i)} a field load and an array load, where
 * several classes at one call site cost an interface dispatch per call (about a sixth of sema's
 * time in a profile of sema alone).
 */
public final class NodeList<E> extends AbstractList<E> implements RandomAccess {

  private static final NodeList<Object> EMPTY = new NodeList<>(new Object[0]);

  private final Object[] items;

  private NodeList(Object[] items) {
    this.items = items;
  }

  /** The empty list. */
  @SuppressWarnings("unchecked")
  public static <E> List<E> of() {
    return (List<E>) EMPTY;
  }

  /** A list of the first {@code size} of {@code items}, copied. */
  @SuppressWarnings("unchecked")
  public static <E> List<E> copyOf(Object[] items, int size) {
    return size == 0 ? (List<E>) EMPTY : new NodeList<>(Arrays.copyOf(items, size));
  }

  /** {@code list} itself when it is one, else its elements in one. */
  @SuppressWarnings("unchecked")
  static <E> List<E> copyOf(List<E> list) {
    if (list.getClass() == NodeList.class) {
      return list;
    }
    return list.isEmpty() ? (List<E>) EMPTY : new NodeList<>(list.toArray());
  }

  @Override
  public int size() {
    return items.length;
  }

  @Override
  @SuppressWarnings("unchecked")
  public E get(int index) {
    return (E) items[index];
  }

  @Override
  public Object[] toArray() {
    return items.clone();
  }
}
