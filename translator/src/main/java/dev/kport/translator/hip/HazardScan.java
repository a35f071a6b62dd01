package dev.kport.translator.hip;

import dev.kport.translator.diag.Code;
import dev.kport.translator.diag.Diagnostic;
import dev.kport.translator.lex.Token;
import dev.kport.translator.lex.TokenKind;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds CUDA code that HIP compiles but that may compute something else on an AMD GPU, where a
 * wavefront is 64 lanes on CDNA (32 or 64 on RDNA) instead of a 32-lane warp; and inline PTX,
 * which no AMD assembler takes. It reports only: none of these has one right rewrite.
 */
final class HazardScan {

  private static final Set<String> NARROW = Set.of("int", "unsigned", "uint32_t", "int32_t", "uint");
  private static final Set<String> WIDE = Set.of("long", "uint64_t", "int64_t", "size_t", "auto", "lane_mask_t");
  private static final Set<String> ASM = Set.of("asm", "__asm", "__asm__");
  private static final Set<String> VOLATILE = Set.of("volatile", "__volatile__", "__volatile");
  /** Names that show an expression is about threads or lanes, so {@code % 32} means the warp width. */
  private static final Pattern THREADISH = Pattern.compile("threadidx|lane|warp|tid", Pattern.CASE_INSENSITIVE);
  private static final Pattern MASK_DEFINE = Pattern.compile("^#\\s*define\\s+(\\w+)\\s+\\(?\\s*(0x[fF]{8}[uU]?)\\s*\\)?\\s*$");

  private final List<Token> tokens;
  private final HipTranslator.Located where;
  private final List<Diagnostic> diagnostics;
  private final Set<String> maskMacros = new HashSet<>();

  HazardScan(List<Token> tokens, HipTranslator.Located where, List<Diagnostic> diagnostics) {
    this.tokens = tokens;
    this.where = where;
    this.diagnostics = diagnostics;
  }

  void run() {
    for (Token t : tokens) {
      Matcher m = t.kind() == TokenKind.DIRECTIVE && t.text().indexOf("0x") >= 0 ? MASK_DEFINE.matcher(t.text().strip())
          : null;
      if (m != null && m.matches()) {
        maskMacros.add(m.group(1));
      }
    }
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      // one test of the kind first: this loop sees every token of every file
      if (t.kind() == TokenKind.IDENTIFIER) {
        String text = t.text();
        if (text.startsWith("__") && (text.equals("__ballot") || ASM.contains(text))) {
          if (text.equals("__ballot")) {
            ballotWidth(i);
          } else {
            inlineAsm(i);
          }
        } else if (text.equals("asm")) {
          inlineAsm(i);
        } else if (text.endsWith("_sync")) {
          laneMask(i);
          ballotWidth(i);
        }
      } else if (t.kind() == TokenKind.PUNCTUATOR && t.text().length() == 1 && "%/&[".indexOf(t.text().charAt(0)) >= 0) {
        warpWidth(i);
      }
    }
  }

  private void inlineAsm(int i) {
    int next = Tokens.nextSignificant(tokens, i + 1);
    while (next >= 0 && VOLATILE.contains(tokens.get(next).text())) {
      next = Tokens.nextSignificant(tokens, next + 1);
    }
    if (next >= 0 && tokens.get(next).is("(")) {
      report(Code.HIP_INLINE_ASM, tokens.get(i), "inline assembly (" + tokens.get(i).text() + ") is kept as written");
    }
  }

  /** {@code 0xffffffff} (or a macro of it) as the mask of a {@code *_sync} call that keeps its mask. */
  private void laneMask(int i) {
    boolean dropped = HipRenameTable.standard().find(tokens.get(i).text())
        .filter(r -> r.kind().equals("warp_sync") && !r.keepsName()).isPresent();
    int open = Tokens.nextSignificant(tokens, i + 1);
    if (dropped || open < 0 || !tokens.get(open).is("(")) {
      return;
    }
    int first = Tokens.nextSignificant(tokens, open + 1);
    if (first >= 0 && isThirtyTwoBitMask(tokens.get(first))) {
      report(Code.HIP_LANE_MASK_32_BIT, tokens.get(first), tokens.get(first).text() + " passed to "
          + tokens.get(i).text() + " names 32 lanes");
    }
  }

  /** {@code unsigned int b = __ballot_sync(...)}: the declared type keeps 32 of the wavefront's bits. */
  private void ballotWidth(int i) {
    if (!tokens.get(i).is("__ballot_sync") && !tokens.get(i).is("__ballot")) {
      return;
    }
    int assign = Tokens.previousSignificant(tokens, i - 1);
    int name = assign < 0 || !tokens.get(assign).is("=") ? -1 : Tokens.previousSignificant(tokens, assign - 1);
    if (name < 0 || !tokens.get(name).isIdentifier()) {
      return;
    }
    boolean narrow = false;
    for (int k = Tokens.previousSignificant(tokens, name - 1); k >= 0 && tokens.get(k).isIdentifier();
        k = Tokens.previousSignificant(tokens, k - 1)) {
      String word = tokens.get(k).text();
      if (WIDE.contains(word)) {
        return;
      }
      narrow |= NARROW.contains(word);
    }
    if (narrow) {
      report(Code.HIP_BALLOT_IN_32_BITS, tokens.get(name), tokens.get(i).text() + " is stored in 32-bit "
          + tokens.get(name).text());
    }
  }

  private boolean isThirtyTwoBitMask(Token t) {
    return (t.kind() == TokenKind.NUMBER && t.text().toLowerCase(Locale.ROOT).matches("0xf{8}u?"))
        || (t.isIdentifier() && maskMacros.contains(t.text()));
  }

  /** {@code x % 32}, {@code x / 32}, {@code x & 31}, {@code s[32]} in a statement about threads, lanes or warps. */
  private void warpWidth(int i) {
    int operand = Tokens.nextSignificant(tokens, i + 1);
    if (operand < 0 || tokens.get(operand).kind() != TokenKind.NUMBER) {
      return;
    }
    String n = tokens.get(operand).text();
    if (n.length() > 5 || (n.charAt(0) != '3' && n.charAt(0) != '0')) {
      return; // most numbers are none of 32, 31 or 0x1f: no string work for them
    }
    boolean width = tokens.get(i).is("&")
        ? oneOf(n, "31", "31u", "0x1f", "0x1fu")
        : oneOf(n, "32", "32u");
    if (width && tokens.get(i).is("[")) {
      // a per-warp array: a __shared__ declaration's [32], not an index
      int close = Tokens.nextSignificant(tokens, operand + 1);
      width &= close >= 0 && tokens.get(close).is("]") && statementHas(i, "__shared__");
    }
    if (width && statementMentionsThreads(i)) {
      report(Code.HIP_WARP_WIDTH_LITERAL, tokens.get(operand), tokens.get(i).text() + " " + tokens.get(operand).text()
          + " takes the warp width to be 32");
    }
  }

  private static boolean oneOf(String number, String... spellings) {
    for (String s : spellings) {
      if (number.equalsIgnoreCase(s)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the statement up to token {@code i} names a thread index, a lane or a warp. */
  private boolean statementMentionsThreads(int i) {
    return statementHas(i, null);
  }

  /** Whether the statement up to token {@code i} has identifier {@code word} (null: a thread-ish name). */
  private boolean statementHas(int i, String word) {
    for (int k = i - 1; k >= 0; k--) {
      Token t = tokens.get(k);
      if (t.is(";") || t.is("{") || t.is("}") || t.kind() == TokenKind.DIRECTIVE) {
        return false;
      }
      if (t.isIdentifier() && (word == null ? THREADISH.matcher(t.text()).find() : t.text().equals(word))) {
        return true;
      }
    }
    return false;
  }

  private void report(Code code, Token t, String message) {
    diagnostics.add(code.at(where.file(), where.line(t), where.column(t), message));
  }
}
