package dev.kport.translator.hip;

import dev.kport.translator.diag.Code;
import dev.kport.translator.diag.Diagnostic;
import dev.kport.translator.lex.Lexer;
import dev.kport.translator.lex.Token;
import dev.kport.translator.lex.TokenKind;
import dev.kport.translator.lex.TokenList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds CUDA code that HIP compiles but that may compute something else on an AMD GPU, where a
 * wavefront is 64 lanes on CDNA (32 or 64 on RDNA) instead of a 32-lane warp, or that an AMD
 * compile treats otherwise: inline PTX, texture and surface references, {@code __CUDA_ARCH__},
 * warp-synchronous code. It reports only: none of these has one right rewrite. Each hazard is one
 * class; this runs them in turn.
 */
final class HazardScan {

  private static final Set<String> ASM = Set.of("asm", "__asm", "__asm__");
  private static final Set<String> VOLATILE = Set.of("volatile", "__volatile__", "__volatile");

  private static final Pattern DEFINE = Pattern.compile("^#\\s*define\\s+\\w+(\\([^)]*\\))?");

  private final HazardContext c;
  private final HipTranslator.Located where;
  private final List<Diagnostic> diagnostics;

  HazardScan(TokenList tokens, HipTranslator.Located where, List<Diagnostic> diagnostics) {
    this.c = new HazardContext(tokens, where, diagnostics);
    this.where = where;
    this.diagnostics = diagnostics;
  }

  void run() {
    walk(c, new Hazard[] {WarpWidthHazard.in(c), LaneMaskHazard.in(c), BallotWidthHazard.in(c), TextureHazard.in(c),
        ArchMacroHazard.in(c), LockstepHazard.in(c)});
  }

  /** One pass over the tokens, each handed to every check that wants its kind; then the checks' own passes. */
  private void walk(HazardContext c, Hazard[] hazards) {
    TokenList kinds = c.list;
    int[] wanted = new int[kinds.size() == 0 ? 0 : kinds.spellings().size()];
    int numbers = 0;
    for (int h = 0; h < hazards.length; h++) {
      numbers |= hazards[h].wantsNumbers() ? 1 << h : 0;
    }
    // significant tokens only (the lexer's list steps over blanks and comments by kind): no check reads trivia
    // c.next keeps its answer: the checks at a name have asked it already, so the blanks after it are stepped over once
    for (int i = kinds.nextSignificant(0); i >= 0; i = c.next(i)) {
      // read from the lexer's arrays, most frequent kinds first: a token object is made only where a check may report
      if (kinds.hasKind(i, TokenKind.IDENTIFIER)) {
        identifier(c, hazards, wanted, i);
      } else if (kinds.hasKind(i, TokenKind.PUNCTUATOR)) {
        c.brace(i);
      } else if (kinds.hasKind(i, TokenKind.NUMBER)) {
        numberTo(hazards, numbers, i);
      } else if (kinds.hasKind(i, TokenKind.DIRECTIVE)) {
        for (Hazard h : hazards) {
          h.directive(i);
        }
        defineBody(i, c);
      }
    }
    for (Hazard h : hazards) {
      h.finish();
    }
  }

  /** The walk at a name: the context learns from it, then the checks that want its spelling look at it. */
  private static void identifier(HazardContext c, Hazard[] hazards, int[] wanted, int i) {
    c.names.see(i, c.next(i));
    c.identifier(i);
    int wants = wanted(c, hazards, wanted, i);
    if ((wants & INLINE_ASM) != 0) {
      inlineAsm(c, i);
    }
    identifierTo(hazards, wants, i);
  }

  /*
   * The two below hand a token to hazards[h] for each bit h of a mask, with one call for each
   * position: every walk lists its checks in the same order, so each call meets one class, which the
   * JIT inlines, where one loop's call would meet six and dispatch through the interface at every token.
   */

  private static void identifierTo(Hazard[] hazards, int mask, int i) {
    if ((mask & 1) != 0) {
      hazards[0].identifier(i);
    }
    if ((mask & 1 << 1) != 0) {
      hazards[1].identifier(i);
    }
    if ((mask & 1 << 2) != 0) {
      hazards[2].identifier(i);
    }
    if ((mask & 1 << 3) != 0) {
      hazards[3].identifier(i);
    }
    if ((mask & 1 << 4) != 0) {
      hazards[4].identifier(i);
    }
    if ((mask & 1 << 5) != 0) {
      hazards[5].identifier(i);
    }
    for (int h = 6; h < hazards.length; h++) {
      if ((mask & 1 << h) != 0) {
        hazards[h].identifier(i);
      }
    }
  }

  private static void numberTo(Hazard[] hazards, int mask, int i) {
    if ((mask & 1) != 0) {
      hazards[0].number(i);
    }
    if ((mask & 1 << 1) != 0) {
      hazards[1].number(i);
    }
    for (int h = 2; h < hazards.length; h++) {
      if ((mask & 1 << h) != 0) {
        hazards[h].number(i);
      }
    }
  }

  /** In {@link #wanted}'s masks: the name opens inline assembly; and the mask has been worked out. */
  private static final int INLINE_ASM = 1 << 29;
  private static final int DECIDED = 1 << 30;

  /**
   * For the identifier at {@code i}, a mask with bit {@code h} set when {@code hazards[h]} wants
   * names of its spelling, worked out once per spelling and kept in {@code bySpelling}.
   */
  private static int wanted(HazardContext c, Hazard[] hazards, int[] bySpelling, int i) {
    int id = c.nameId(i);
    int mask = bySpelling[id];
    if (mask == 0) {
      String name = c.text(i);
      mask = DECIDED | (ASM.contains(name) ? INLINE_ASM : 0);
      for (int h = 0; h < hazards.length; h++) {
        mask |= hazards[h].wantsName(name) ? 1 << h : 0;
      }
      bySpelling[id] = mask;
    }
    return mask;
  }

  /**
   * {@code #define LANE (threadIdx.x % 32)}: the body is one directive token, so lex it and check it
   * for the hazards an expression can hold on its own.
   */
  private void defineBody(int i, HazardContext outer) {
    Token directive = outer.token(i);
    Matcher m = outer == c ? DEFINE.matcher(directive.text()) : null;
    if (m != null && m.find()) {
      TokenList body = Lexer.lexList(directive.text().substring(m.end()));
      HazardContext inner = new HazardContext(body, where.inside(directive, m.end()), diagnostics);
      walk(inner, new Hazard[] {WarpWidthHazard.in(inner), LaneMaskHazard.in(inner), BallotWidthHazard.in(inner)});
    }
  }

  /** {@code asm(...)}, {@code asm volatile(...)}, {@code __asm__ __volatile__(...)}. */
  private static void inlineAsm(HazardContext c, int i) {
    int next = c.next(i);
    while (next >= 0 && VOLATILE.contains(c.text(next))) {
      next = c.next(next);
    }
    if (c.is(next, "(")) {
      c.report(Code.HIP_INLINE_ASM, i, "inline assembly (" + c.token(i).text() + ") is kept as written");
    }
  }
}
