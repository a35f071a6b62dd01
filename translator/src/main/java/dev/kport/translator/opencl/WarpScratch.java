package dev.kport.translator.opencl;

import dev.kport.translator.emit.SourceText;
import dev.kport.translator.lex.Token;
import dev.kport.translator.lex.TokenKind;
import dev.kport.translator.outline.Declaration;
import dev.kport.translator.outline.Tokens;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code __local} scratch the warp helpers exchange values through: each kernel that
 * reaches a warp primitive declares it once, one int per work-item for CUDA's largest block
 * (1024 threads, as the block size is known only at launch), and passes it to every device
 * function on the way as a last parameter.
 */
final class WarpScratch {

  private static final int MAX_THREADS = 1024;
  private final Map<String, List<String>> needs;

  private WarpScratch(Map<String, List<String>> needs) {
    this.needs = needs;
  }

  static WarpScratch find(CallGraph calls, List<FunctionSite> functions) {
    Map<String, List<String>> own = new HashMap<>();
    for (FunctionSite f : functions) {
      List<Token> tokens = f.text().tokens();
      for (int j = f.decl().bodyOpen() + 1; j < f.decl().bodyClose(); j++) {
        if (LexedTokens.kind(tokens, j) == TokenKind.IDENTIFIER && WarpCallRule.needsScratch(tokens.get(j).text())) {
          own.put(f.name(), List.of(WarpCallRule.SCRATCH));
          break; // one warp call is enough to know
        }
      }
    }
    return new WarpScratch(calls.close(own));
  }

  /** Whether {@code f} reaches a warp primitive, so every work-item must reach its calls. */
  boolean uses(String function) {
    return !needs.getOrDefault(function, List.of()).isEmpty();
  }

  void applyToKernel(SourceText text, Declaration.Function f) {
    if (uses(f.name())) {
      text.edits().insertBefore(f.bodyOpen() + 1, "\n    __local int " + WarpCallRule.SCRATCH + "[" + MAX_THREADS
          + "]; /* warp emulation */");
    }
    rewriteCalls(text, f);
  }

  void applyToDevice(SourceText text, Declaration.Function f) {
    if (uses(f.name())) {
      CallGraph.appendArguments(text, f.paramsOpen(), f.paramsClose(), !f.params().isEmpty(),
          List.of("__local int *" + WarpCallRule.SCRATCH), true);
    }
    rewriteCalls(text, f);
  }

  private void rewriteCalls(SourceText text, Declaration.Function f) {
    List<Token> tokens = text.tokens();
    for (int j = f.bodyOpen() + 1; j < f.bodyClose(); j++) {
      if (LexedTokens.kind(tokens, j) != TokenKind.IDENTIFIER || !uses(tokens.get(j).text())) {
        continue; // the next token is looked for only after a name that needs the scratch
      }
      int open = Tokens.nextSignificant(tokens, j + 1, f.bodyClose());
      if (!Tokens.is(tokens, open, "(")) {
        continue;
      }
      int close = Tokens.matching(tokens, open, f.bodyClose());
      boolean hasArgs = Tokens.nextSignificant(tokens, open + 1, close) >= 0;
      CallGraph.appendArguments(text, open, close, hasArgs, List.of(WarpCallRule.SCRATCH), false);
    }
  }
}
