package dev.kport.translator.hip;

import dev.kport.translator.diag.Code;
import dev.kport.translator.lex.Token;
import dev.kport.translator.lex.TokenKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
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

  private WarpWidthHazard(HazardContext c) {
    this.c = c;
  }

  static void scan(HazardContext c) {
    WarpWidthHazard h = new WarpWidthHazard(c);
    for (int i = 0; i < c.tokens.size(); i++) {
      Token t = c.token(i);
      if (t.kind() == TokenKind.DIRECTIVE) {
        h.define(i);
      } else if (t.kind() == TokenKind.NUMBER) {
        h.literal(i, value(t));
      } else if (t.is("warpSize")) {
        h.constantWarpSize(i);
      }
    }
    h.perLaneArrays();
  }

  private static long value(Token t) {
    String s = t.text().toLowerCase(Locale.ROOT).replaceAll("[ul]+$", "");
    try {
      return s.startsWith("0x") ? Long.parseLong(s.substring(2), 16) : Long.parseLong(s);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private void literal(int i, long v) {
    int op = c.previous(i);
    if (op < 0 || v != 32 && v != 31 && v != 5) {
      return;
    }
    String o = c.token(op).text();
    int left = c.token(op).kind() == TokenKind.PUNCTUATOR ? c.leftOperand(op) : -1;
    boolean threads = left >= 0 && c.mentionsThreads(left, op - 1);
    boolean warps = left >= 0 && c.mentionsWarps(left, op - 1);
    boolean hit = switch (o) {
      case "%", "/" -> v == 32 && threads;
      case "*" -> v == 32 && warps;
      case "&" -> v == 31 && threads;
      case ">>" -> v == 5 && threads;
      case "<<" -> v == 5 && warps;
      case "=" -> v == 32 && left >= 0 && left == c.previous(op) && c.token(left).isIdentifier()
          && isWarpSizeName(c.token(left).text());
      default -> false;
    };
    int after = c.next(i);
    if (!hit && v == 32 && c.is(after, "*")) {
      int right = c.rightOperand(after);
      hit = right >= 0 && c.mentionsWarps(after + 1, right) && !isTighter(c.previous(i));
      o = "*";
    }
    if (hit) {
      String text = o.equals("=") ? c.token(c.previous(op)).text() + " = 32" : o + " " + c.token(i).text();
      c.report(Code.HIP_WARP_WIDTH_LITERAL, i, text + " takes the warp width to be 32");
    }
  }

  /** {@code 32 * w} is a product only when no operator that binds tighter stands before the 32. */
  private boolean isTighter(int before) {
    return before >= 0 && (c.token(before).is("/") || c.token(before).is("%") || c.token(before).is("."));
  }

  private static boolean isWarpSizeName(String name) {
    List<String> words = ThreadNames.words(name);
    return words.contains("warpsize") || words.contains("warpsz")
        || words.contains("warp") && words.stream().anyMatch(SIZE_WORDS::contains);
  }

  private void define(int i) {
    String text = c.token(i).text();
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
    boolean extent = open >= 0 && c.token(open).is("[") && declaredName(open) >= 0;
    if (extent || c.statementHas(i, "constexpr") || c.statementHas(i, "static_assert")) {
      c.report(Code.HIP_WARP_SIZE_CONSTANT, i, "warpSize is used as a compile-time constant");
    }
  }

  /** Index of the innermost unclosed bracket around token {@code i} within its statement, or -1. */
  private int enclosingBracket(int i) {
    int depth = 0;
    for (int k = i - 1; k >= c.statementStart(i); k--) {
      Token t = c.token(k);
      if (t.is(")") || t.is("]")) {
        depth++;
      } else if (t.is("(") || t.is("[")) {
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
    while (k >= 0 && c.token(k).is("]")) {
      k = c.previous(Tokens.matchingOpen(c.tokens, k));
    }
    if (k < 0 || !c.token(k).isIdentifier()) {
      return -1;
    }
    int before = c.previous(k);
    boolean typed = before >= 0 && c.token(before).isIdentifier() && !NOT_TYPES.contains(c.token(before).text());
    return typed ? k : -1;
  }

  /** Arrays declared with a 32 extent, reported where some subscript puts a lane in that dimension. */
  private void perLaneArrays() {
    List<int[]> declared = new ArrayList<>(); // {name token, dimension, token of the 32}
    for (int i = 0; i < c.tokens.size(); i++) {
      if (c.token(i).is("[") && declaredName(i) >= 0 && c.previous(i) == declaredName(i)) {
        int name = declaredName(i);
        int dim = 0;
        for (int open = i; c.is(open, "["); open = c.next(Tokens.matchingClose(c.tokens, open)), dim++) {
          int n = c.next(open);
          if (n >= 0 && c.token(n).kind() == TokenKind.NUMBER && value(c.token(n)) == 32 && c.is(c.next(n), "]")) {
            declared.add(new int[] {name, dim, n});
          }
          if (Tokens.matchingClose(c.tokens, open) < 0) {
            break;
          }
        }
      }
    }
    Set<Integer> reported = new HashSet<>();
    for (int[] d : declared) {
      String name = c.token(d[0]).text();
      for (int i = 0; i < c.tokens.size() && !reported.contains(d[2]); i++) {
        if (i == d[0] || !c.token(i).is(name) || !c.is(c.next(i), "[")) {
          continue;
        }
        int open = c.next(i);
        for (int dim = 0; dim < d[1] && c.is(open, "["); dim++) {
          open = c.next(Tokens.matchingClose(c.tokens, open));
        }
        int close = c.is(open, "[") ? Tokens.matchingClose(c.tokens, open) : -1;
        if (close >= 0 && indexedByLane(open + 1, close - 1)) {
          reported.add(d[2]);
          c.report(Code.HIP_WARP_WIDTH_LITERAL, d[2], name + " holds 32 entries but is indexed by lane (line "
              + c.token(i).line() + "): lanes 32 to 63 of a 64-wide wavefront fall outside it");
        }
      }
    }
  }

  private boolean indexedByLane(int from, int to) {
    for (int k = from; k <= to; k++) {
      if (c.token(k).isIdentifier() && c.names.isLaneish(c.token(k).text())) {
        return true;
      }
    }
    return false;
  }
}
