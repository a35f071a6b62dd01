package dev.kport.translator.emit;

import dev.kport.translator.lex.Token;
import dev.kport.translator.lex.TokenList;
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
    Edit e = new Edit(from, to, text, edits.size());
    edits.add(e);
    if (byPosition != null) {
      // keep the sorted view instead of sorting again: rules that render while they edit
      // (a launch rewrite reads its parts with earlier renames applied) stay linear
      byPosition.add(insertionPoint(e), e);
    }
  }

  /** Where {@code e}, the newest edit, goes in {@link #byPosition()}: after every edit that sorts before or with it. */
  private int insertionPoint(Edit e) {
    int rank = e.to == e.from ? 0 : 1;
    int lo = 0;
    int hi = byPosition.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      Edit m = byPosition.get(mid);
      int mRank = m.to == m.from ? 0 : 1;
      if (m.from < e.from || (m.from == e.from && mRank <= rank)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
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
    int span = from < to ? tokens.get(to - 1).end() - tokens.get(from).offset() : 0;
    StringBuilder out = new StringBuilder(Math.max(16, span + span / 8));
    int next = 0;
    int i = from;
    while (true) {
      Edit e = next < sorted.size() ? sorted.get(next) : null;
      if (e != null && e.from < i) {
        next++; // overlapped by an earlier replacement (an insertion after it, at the end, still comes)
      } else if (e != null && e.from == i) {
        out.append(e.text);
        next++;
        i = e.to;
      } else if (i < to) {
        out.append(tokens.get(i).text());
        i++;
      } else {
        break;
      }
    }
    return out.toString();
  }

  /**
   * The whole text with every edit applied, as {@code render(0, tokens().size())}, but copying each
   * unedited stretch straight out of {@code source}, the text the tokens were lexed from: a large
   * file with few edits is written without visiting its tokens one by one.
   */
  public String render(String source) {
    int n = tokens.size();
    if (n == 0 || offsetOf(0, source) != 0 || end(n - 1) != source.length()) {
      return render(0, n); // not this source's tokens as lexed: take the careful way
    }
    StringBuilder out = new StringBuilder(source.length() + source.length() / 8 + 16);
    int i = 0;
    for (Edit e : byPosition()) {
      if (e.from < i) {
        continue; // overlapped by an earlier replacement
      }
      out.append(source, offsetOf(i, source), offsetOf(e.from, source)).append(e.text);
      i = e.to;
    }
    return out.append(source, offsetOf(i, source), source.length()).toString();
  }

  private int offsetOf(int token, String source) {
    if (token >= tokens.size()) {
      return source.length();
    }
    // the lexer's list knows its offsets without making the token
    return tokens instanceof TokenList list ? list.offset(token) : tokens.get(token).offset();
  }

  private int end(int token) {
    return tokens instanceof TokenList list ? list.end(token) : tokens.get(token).end();
  }

  /** The edits by start, insertions before replacements, then in the order rules made them. */
  private List<Edit> byPosition() {
    if (byPosition == null) {
      byPosition = new ArrayList<>(edits);
      if (!inPositionOrder(byPosition)) { // rules mostly edit front to back: then there is nothing to sort
        byPosition.sort(Comparator.comparingInt(Edit::from).thenComparingInt(e -> e.to == e.from ? 0 : 1)
            .thenComparingInt(Edit::order));
      }
    }
    return byPosition;
  }

  /** Whether the edits, in the order made, are already sorted as {@link #byPosition()} wants them. */
  private static boolean inPositionOrder(List<Edit> list) {
    for (int k = 1; k < list.size(); k++) {
      Edit a = list.get(k - 1);
      Edit b = list.get(k);
      if (a.from > b.from || (a.from == b.from && a.to != a.from && b.to == b.from)) {
        return false;
      }
    }
    return true;
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
