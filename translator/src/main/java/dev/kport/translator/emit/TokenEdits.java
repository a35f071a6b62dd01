package dev.kport.translator.emit;

import dev.kport.translator.lex.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Pending edits on one token list. Replacements cover token ranges; insertions go before a
 * token. When two replacements overlap, the one that starts first wins and the other is
 * dropped: rules touch disjoint tokens, so an overlap means a rule bug, not user input.
 */
public final class TokenEdits {

  private record Edit(int from, int to, String text, int order) {}

  private final List<Token> tokens;
  private final List<Edit> edits = new ArrayList<>();
  /** {@link #edits} sorted for rendering; rebuilt after a change (rules edit first, then rendering reads). */
  private List<Edit> byPosition;

  public TokenEdits(List<Token> tokens) {
    this.tokens = tokens;
  }

  public List<Token> tokens() {
    return tokens;
  }

  /** Replaces tokens {@code [from, to)} with {@code text}. */
  public void replace(int from, int to, String text) {
    edits.add(new Edit(from, to, text, edits.size()));
    byPosition = null;
  }

  public void replace(int index, String text) {
    replace(index, index + 1, text);
  }

  public void delete(int from, int to) {
    replace(from, to, "");
  }

  public void insertBefore(int index, String text) {
    replace(index, index, text);
  }

  /** How many edits were made so far: a rule can tell whether a step changed anything. */
  public int size() {
    return edits.size();
  }

  /** The text of tokens {@code [from, to)} with the edits inside that range applied. */
  public String render(int from, int to) {
    List<Edit> sorted = new ArrayList<>();
    for (int k = firstAtOrAfter(from); k < byPosition().size(); k++) {
      Edit e = byPosition().get(k);
      // an insertion at 'to' belongs to the range that starts there, unless no range does
      boolean inside = e.from < to || (e.from == to && to == tokens.size());
      if (!inside) {
        break;
      }
      if (e.to <= to) {
        sorted.add(e);
      }
    }
    StringBuilder out = new StringBuilder();
    int next = 0;
    int i = from;
    while (i < to || (next < sorted.size() && sorted.get(next).from == i)) {
      Edit e = next < sorted.size() ? sorted.get(next) : null;
      if (e != null && e.from < i) {
        next++; // overlapped by an earlier replacement
      } else if (e != null && e.from == i) {
        out.append(e.text);
        next++;
        i = e.to;
      } else {
        out.append(tokens.get(i).text());
        i++;
      }
    }
    return out.toString();
  }

  /** The edits by start, insertions before replacements, then in the order rules made them. */
  private List<Edit> byPosition() {
    if (byPosition == null) {
      byPosition = new ArrayList<>(edits);
      byPosition.sort(Comparator.comparingInt(Edit::from).thenComparingInt(e -> e.to == e.from ? 0 : 1)
          .thenComparingInt(Edit::order));
    }
    return byPosition;
  }

  /** Index in {@link #byPosition()} of the first edit starting at or after token {@code from}. */
  private int firstAtOrAfter(int from) {
    List<Edit> list = byPosition();
    int lo = 0;
    int hi = list.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (list.get(mid).from < from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
