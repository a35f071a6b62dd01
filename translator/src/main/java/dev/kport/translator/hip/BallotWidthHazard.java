package dev.kport.translator.hip;

import dev.kport.translator.diag.Code;
import dev.kport.translator.lex.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A ballot ({@code __ballot}, {@code __ballot_sync}, {@code __activemask}: one bit per lane, 64 in
 * HIP) kept in 32 bits: stored in or cast to a 32-bit integer, or passed to a 32-bit bit function
 * ({@code __popc}, {@code __ffs}, {@code __clz}, {@code __brev}) directly or through a variable
 * that holds it.
 */
final class BallotWidthHazard {

  private static final Set<String> SOURCES = Set.of("__ballot", "__ballot_sync", "__activemask");
  private static final Set<String> BIT_FUNCTIONS = Set.of("__popc", "__ffs", "__clz", "__brev");

  private final HazardContext c;
  private final Set<String> ballots = new HashSet<>();

  private BallotWidthHazard(HazardContext c) {
    this.c = c;
  }

  static Hazard in(HazardContext c) {
    BallotWidthHazard h = new BallotWidthHazard(c);
    return new Hazard() {
      @Override
      public boolean wantsName(String s) {
        return s.startsWith("__") && (SOURCES.contains(s) || BIT_FUNCTIONS.contains(s));
      }

      @Override
      public void identifier(int i) {
        String s = c.text(i);
        if (!s.startsWith("__")) {
          return;
        }
        if (SOURCES.contains(s) && c.is(c.next(i), "(")) {
          h.stored(i);
        } else if (BIT_FUNCTIONS.contains(s) && c.is(c.next(i), "(")) {
          h.bitFunction(i);
        }
      }
    };
  }

  /** {@code unsigned b = __ballot(p)}, {@code b = (unsigned) __ballot(p)}: where the ballot goes. */
  private void stored(int i) {
    int p = c.previous(i);
    if (c.is(p, ")")) {
      int open = Tokens.matchingOpen(c.tokens, p);
      List<String> cast = new ArrayList<>();
      for (int k = c.next(open); k > 0 && k < p; k = c.next(k)) {
        cast.add(c.text(k));
      }
      if (open >= 0 && !cast.isEmpty() && HazardContext.isNarrow(cast)) {
        c.report(Code.HIP_BALLOT_IN_32_BITS, c.next(open), c.text(i) + " is cast to " + String.join(" ", cast));
        return;
      }
      p = open >= 0 ? c.previous(open) : -1;
    }
    int name = c.is(p, "=") ? c.previous(p) : -1;
    if (name < 0 || !c.isIdentifier(name)) {
      return;
    }
    String n = c.text(name);
    ballots.add(n);
    List<String> type = c.typeWords(name);
    if (type.isEmpty() ? c.declaredNarrow(name) : HazardContext.isNarrow(type)) {
      c.report(Code.HIP_BALLOT_IN_32_BITS, name, c.text(i) + " is stored in 32-bit " + n);
    }
  }

  /** {@code __popc(b)} where b holds a ballot, or {@code __popc(__ballot(p))}. */
  private void bitFunction(int i) {
    int open = c.next(i);
    int close = Tokens.matchingClose(c.tokens, open);
    for (int k = open + 1; close >= 0 && k < close; k++) {
      String t = c.text(k);
      boolean call = SOURCES.contains(t) && c.is(c.next(k), "(");
      boolean held = ballots.contains(t) && !c.is(c.next(k), "(");
      if (c.isIdentifier(k) && (call || held)) {
        c.report(Code.HIP_BALLOT_IN_32_BITS, i, c.text(i) + " reads 32 bits of the ballot in " + t
            + "; " + c.text(i) + "ll reads all 64");
        return;
      }
    }
  }
}
