package dev.kport.translator.parse.tree;

import java.util.List;

/** Makes the lists handed to a node's constructor the tree's own read-only {@link NodeList}. */
final class Lists {
  private Lists() {}

  /**
   * {@code list} when it is a {@link NodeList} already, as the parser's lists are; else a copy.
   * Small, so that the JIT inlines it into every node's constructor.
   */
  static <T> List<T> frozen(List<T> list) {
    return list.getClass() == NodeList.class ? list : NodeList.copyOf(list);
  }
}
