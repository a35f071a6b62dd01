package dev.kport.translator.hip;

import dev.kport.translator.diag.Code;
import dev.kport.translator.lex.Token;
import dev.kport.translator.lex.TokenKind;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lane masks that have 32 bits: {@code 0xffffffff}, {@code ~0u}, a macro of either, or a variable
 * of a 32-bit type, passed as the mask of one of CUDA's {@code __*_sync} calls (or {@code __syncwarp}) that keeps its mask (those HIP 5.2
 * lacks, and whose mask the renaming drops, are reported by the renaming); and a mask built as
 * {@code 1u << lane}, which is undefined for lanes 32 to 63.
 */
final class LaneMaskHazard {

  private static final Pattern ALL_ONES = Pattern.compile("0xf{8}u?l{0,2}|0xf{8}l{0,2}u?");
  private static final Pattern MASK_DEFINE = Pattern.compile(
      "^#\\s*define\\s+(\\w+)\\s+\\(?\\s*(0[xX][fF]{8}[uUlL]{0,3}|~\\s*0[uU])\\s*\\)?\\s*(//.*|/\\*.*)?$");

  private final HazardContext c;
  private final Set<String> maskMacros = new HashSet<>();
  private LaneMaskHazard(HazardContext c) {
    this.c = c;
  }

  static Hazard in(HazardContext c) {
    LaneMaskHazard h = new LaneMaskHazard(c);
    return new Hazard() {
      @Override
      public void directive(int i) {
        Matcher m = MASK_DEFINE.matcher(c.text(i).strip());
        if (m.matches()) {
          h.maskMacros.add(m.group(1));
        }
      }

      @Override
      public boolean wantsNumbers() {
        return true;
      }

      @Override
      public void number(int i) {
        int n = c.list.length(i); // "1" or "1u", tested on the characters: numbers are many
        boolean one = n <= 2 && c.list.charAt(i, 0) == '1' && (n == 1 || c.text(i).equalsIgnoreCase("1u"));
        if (one && c.is(c.next(i), "<<")) {
          h.shiftedOne(i);
        }
      }

      @Override
      public boolean wantsName(String s) {
        return s.startsWith("__") && (s.endsWith("_sync") || s.equals("__syncwarp"));
      }

      @Override
      public void identifier(int i) {
        String s = c.text(i);
        if (s.startsWith("__") && (s.endsWith("_sync") || s.equals("__syncwarp"))) {
          h.syncMask(i);
        }
      }
    };
  }

  private void syncMask(int i) {
    boolean dropped = HipRenameTable.standard().find(c.text(i))
        .filter(r -> r.kind().equals("warp_sync") && !r.keepsName()).isPresent();
    int open = c.next(i);
    if (dropped || !c.is(open, "(")) {
      return;
    }
    int first = c.next(open);
    int end = Tokens.firstArgumentEnd(c.tokens, open);
    if (first < 0 || end < 0 || first >= end) {
      return;
    }
    Token a = c.token(first);
    boolean single = c.next(first) == end;
    boolean variable = single && a.isIdentifier() && !maskMacros.contains(a.text())
        && c.declaredNarrow(first);
    boolean thirtyTwo = variable
        || single && a.kind() == TokenKind.NUMBER && ALL_ONES.matcher(a.text().toLowerCase(Locale.ROOT)).matches()
        || single && maskMacros.contains(a.text())
        || a.is("~") && c.next(c.next(first)) == end && c.text(c.next(first)).equalsIgnoreCase("0u");
    if (thirtyTwo) {
      String what = variable ? a.text() + ", a 32-bit variable," : single ? a.text() : "~0u";
      c.report(Code.HIP_LANE_MASK_32_BIT, first, what + " passed to " + c.text(i) + " names 32 lanes");
    }
  }

  /** {@code 1u << lane}: a 32-bit one shifted by a lane number. */
  private void shiftedOne(int i) {
    int shift = c.next(i);
    int end = c.rightOperand(shift);
    for (int k = shift + 1; end >= 0 && k <= end; k++) {
      Token t = c.token(k);
      if (t.isIdentifier() && (c.names.isLaneish(t.text()) || t.is("warpSize"))) {
        c.report(Code.HIP_LANE_MASK_32_BIT, i, c.text(i) + " << " + t.text()
            + " builds a 32-bit lane mask: shifting by 32 or more (lanes 32 to 63) is undefined");
        return;
      }
    }
  }
}
