package dev.kport.translator.hip;

import dev.kport.translator.diag.Code;
import dev.kport.translator.lex.Token;
import dev.kport.translator.lex.TokenKind;
import dev.kport.translator.lex.TokenList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The warp width written as a number, and {@code warpSize} used as a compile-time constant.
 *
 * <p>The rule for a literal, so that sizes, tiles and bit fields that are 32 for other reasons pass:
 * <ul>
 *   <li>{@code x % 32}, {@code x / 32}, {@code x & 31}, {@code x >> 5} where {@code x} is a thread
 *       index, lane, warp or block width, or a value assigned from one within the block
 *       ({@link ThreadNames}); {@code w * 32}, {@code 32 * w}, {@code w << 5} where {@code w} names a warp;
 *   <li>a constant named for the warp's size defined as 32 ({@code #define WARP_SIZE 32},
 *       {@code constexpr int kWarpSize = 32});
 *   <li>an array with an extent of 32 that is indexed in that dimension by a lane: lanes 32 to 63
 *       of a 64-wide wavefront fall outside it. Per-warp slots sized {@code BLOCK / 32} are not
 *       reported: a block never has more wavefronts than that on any AMD target.
 * </ul>
 */
final class WarpWidthHazard {

  private static final Pattern DEFINE = Pattern.compile("^#\\s*define\\s+(\\w+)\\s+\\(?\\s*(32)[uU]?\\s*\\)?\\s*(//.*|/\\*.*)?$");
  private static final Set<String> SIZE_WORDS = Set.of("size", "width", "sz", "len", "lanes", "warpsize", "warpsz");
  private static final Set<String> NOT_TYPES = Set.of("return", "case", "sizeof", "else", "do", "goto", "throw");

  private final HazardContext c;
  /** The spelling number of {@code warpSize} in this file (-1 when absent), so each name is tested by one compare. */
  private int warpSizeId = UNKNOWN;
  private static final int UNKNOWN = -2;

  private WarpWidthHazard(HazardContext c) {
    this.c = c;
  }

  static Hazard in(HazardContext c) {
    WarpWidthHazard h = new WarpWidthHazard(c);
    return new Hazard() {
      @Override
      public void directive(int i) {
        h.define(i);
      }

      @Override
      public boolean wantsNumbers() {
        return true;
      }

      @Override
      public void number(int i) {
        long v = value(c, i);
        if (v == 32 || v == 31 || v == 5) {
          h.literal(i, v);
        }
      }

      @Override
      public void identifier(int i) {
        if (c.nameId(i) == h.warpSizeId()) {
          h.constantWarpSize(i);
        }
        int next = c.next(i);
        if (next >= 0 && c.list.punctuator(next) == '[') {
          h.subscriptOrExtent(i);
        }
      }
    };
  }

  private int warpSizeId() {
    if (warpSizeId == UNKNOWN) {
      warpSizeId = c.list.spellings().find("warpSize");
    }
    return warpSizeId;
  }

  /**
   * {@code value(c.token(i))}, read from the characters: the many numbers of a file make no token,
   * no text and no exception ({@code 1.0f} is no integer). Hex and non-ASCII digits take the careful way.
   */
  private static long value(HazardContext c, int i) {
    TokenList t = c.list;
    int end = t.length(i);
    while (end > 0 && "uUlL".indexOf(t.charAt(i, end - 1)) >= 0) {
      end--;
    }
    if (end == 0 || end > 6) {
      return -1;
    }
    if (end > 2 && t.charAt(i, 0) == '0' && (t.charAt(i, 1) == 'x' || t.charAt(i, 1) == 'X')) {
      return value(c.token(i));
    }
    long v = 0;
    for (int j = 0; j < end; j++) {
      char d = t.charAt(i, j);
      if (d >= 128) {
        return value(c.token(i));
      }
      if (d < '0' || d > '9') {
        return -1;
      }
      v = v * 10 + (d - '0');
    }
    return v;
  }

  /** The value of a small integer literal ({@code 32}, {@code 0x1fu}), or -1 for any other number. */
  private static long value(Token t) {
    String s = t.text();
    int end = s.length();
    while (end > 0 && "uUlL".indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    boolean hex = end > 2 && (s.startsWith("0x") || s.startsWith("0X"));
    if (end == 0 || end > 6 || !hex && !Character.isDigit(s.charAt(0))) {
      return -1;
    }
    try {
      return hex ? Long.parseLong(s.substring(2, end), 16) : Long.parseLong(s.substring(0, end));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private void literal(int i, long v) {
    int op = c.previous(i);
    if (op < 0) {
      return;
    }
    String o = c.text(op);
    int left = c.kind(op) == TokenKind.PUNCTUATOR ? c.leftOperand(op) : -1;
    boolean threads = left >= 0 && c.mentionsThreads(left, op - 1);
    boolean warps = left >= 0 && c.mentionsWarps(left, op - 1);
    boolean hit = switch (o) {
      case "%", "/" -> v == 32 && threads;
      case "*" -> v == 32 && warps;
      case "&" -> v == 31 && threads;
      case ">>" -> v == 5 && threads;
      case "<<" -> v == 5 && warps;
      case "=" -> v == 32 && left >= 0 && left == c.previous(op) && c.isIdentifier(left)
          && isWarpSizeName(c.text(left));
      default -> false;
    };
    int after = c.next(i);
    if (!hit && v == 32 && c.is(after, "*")) {
      int right = c.rightOperand(after);
      hit = right >= 0 && c.mentionsWarps(after + 1, right) && !isTighter(c.previous(i));
      o = "32 *";
    }
    if (hit) {
      String text = o.equals("=") ? c.text(c.previous(op)) + " = 32"
          : o.equals("32 *") ? o : o + " " + c.text(i);
      c.report(Code.HIP_WARP_WIDTH_LITERAL, i, text + " takes the warp width to be 32");
    }
  }

  /** {@code 32 * w} is a product only when no operator that binds tighter stands before the 32. */
  private boolean isTighter(int before) {
    return before >= 0 && (c.at(before, "/") || c.at(before, "%") || c.at(before, "."));
  }

  private static boolean isWarpSizeName(String name) {
    List<String> words = ThreadNames.words(name);
    return words.contains("warpsize") || words.contains("warpsz")
        || words.contains("warp") && words.stream().anyMatch(SIZE_WORDS::contains);
  }

  private void define(int i) {
    String text = c.text(i);
    if (!text.contains("32")) {
      return;
    }
    Matcher m = DEFINE.matcher(text.strip());
    if (m.matches() && isWarpSizeName(m.group(1))) {
      int offset = text.indexOf(m.group(1)) + m.group(1).length();
      offset = text.indexOf("32", offset);
      c.reportInDirective(Code.HIP_WARP_WIDTH_LITERAL, i, offset, m.group(1) + " is defined as 32, the warp width");
    }
  }

  /** {@code float s[warpSize]}, {@code constexpr int n = warpSize}, {@code static_assert(warpSize == 32)}. */
  private void constantWarpSize(int i) {
    int open = enclosingBracket(i);
    boolean extent = open >= 0 && c.at(open, "[") && declaredName(open) >= 0;
    if (extent || c.statementHas(i, "constexpr") || c.statementHas(i, "static_assert")) {
      c.report(Code.HIP_WARP_SIZE_CONSTANT, i, "warpSize is used as a compile-time constant");
    }
  }

  /** Index of the innermost unclosed bracket around token {@code i} within its statement, or -1. */
  private int enclosingBracket(int i) {
    int depth = 0;
    int start = c.statementStart(i);
    for (int k = i - 1; k >= start; k--) {
      char t = c.list.punctuator(k);
      if (t == ')' || t == ']') {
        depth++;
      } else if (t == '(' || t == '[') {
        if (depth-- == 0) {
          return k;
        }
      }
    }
    return -1;
  }

  /**
   * For the {@code [} of a declarator's extent ({@code T name[..][..]}), the index of {@code name};
   * -1 when the bracket is a subscript.
   */
  private int declaredName(int open) {
    int k = c.previous(open);
    while (k >= 0 && c.at(k, "]")) {
      k = c.previous(Tokens.matchingOpen(c.tokens, k));
    }
    if (k < 0 || !c.isIdentifier(k)) {
      return -1;
    }
    int before = c.previous(k);
    boolean typed = before >= 0 && c.isIdentifier(before) && !NOT_TYPES.contains(c.text(before));
    return typed ? k : -1;
  }

  /** Name -> {dimension, token of the 32} for each 32 extent of the latest declaration of that name. */
  private final Map<String, List<int[]>> latest = new HashMap<>();
  private final Set<Integer> reported = new HashSet<>();

  /**
   * {@code name[}: a declaration with 32 extents is remembered; a subscript that puts a lane in one
   * of them is reported, at the 32. A use is held to the latest declaration of its name before it.
   */
  private void subscriptOrExtent(int i) {
    String name = c.text(i);
    int open = c.next(i);
    if (declaredName(open) == i) {
      List<int[]> extents = extentsOf32(open);
      if (extents.isEmpty()) {
        latest.remove(name);
      } else {
        latest.put(name, extents);
      }
      return;
    }
    List<int[]> declared = latest.get(name);
    if (declared == null) {
      return; // most subscripts: no array of that name has a 32 extent
    }
    for (int[] d : declared) {
      int at = open;
      for (int dim = 0; dim < d[0] && c.is(at, "["); dim++) {
        at = c.next(Tokens.matchingClose(c.tokens, at));
      }
      int close = c.is(at, "[") ? Tokens.matchingClose(c.tokens, at) : -1;
      if (close >= 0 && !reported.contains(d[1]) && indexedByLane(at + 1, close - 1)) {
        reported.add(d[1]);
        c.report(Code.HIP_WARP_WIDTH_LITERAL, d[1], name + " holds 32 entries but is indexed by lane (line "
            + c.token(i).line() + "): lanes 32 to 63 of a 64-wide wavefront fall outside it");
      }
    }
  }

  /** For a declarator's extents starting at {@code open}, each one that is exactly 32: {dimension, token}. */
  private List<int[]> extentsOf32(int open) {
    List<int[]> found = new ArrayList<>();
    for (int dim = 0; c.is(open, "["); dim++) {
      int n = c.next(open);
      if (n >= 0 && c.kind(n) == TokenKind.NUMBER && value(c, n) == 32 && c.is(c.next(n), "]")) {
        found.add(new int[] {dim, n});
      }
      int close = Tokens.matchingClose(c.tokens, open);
      if (close < 0) {
        break;
      }
      open = c.next(close);
    }
    return found;
  }

  private boolean indexedByLane(int from, int to) {
    for (int k = from; k <= to; k++) {
      if (c.isIdentifier(k) && c.names.isLaneish(c.nameId(k))) {
        return true;
      }
    }
    return false;
  }
}
