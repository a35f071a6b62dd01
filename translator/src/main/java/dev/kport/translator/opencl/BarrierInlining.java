package dev.kport.translator.opencl;

import dev.kport.translator.emit.SourceText;
import dev.kport.translator.lex.Token;
import dev.kport.translator.lex.TokenKind;
import dev.kport.translator.outline.Declaration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Device functions that reach a barrier ({@code __syncthreads}, or the barriers of warp
 * emulation) are forced inline: PoCL, which runs work-items of a group in loops between
 * barriers, orders accesses reliably only when the barrier sits in the kernel itself, and a
 * called function may stay out of line. Forcing it inline changes nothing for other compilers.
 */
final class BarrierInlining {

  private static final Set<String> BARRIERS = Set.of("__syncthreads", "__syncwarp", "__syncthreads_count",
      "__syncthreads_and", "__syncthreads_or");
  private static final String ATTRIBUTE = "__attribute__((always_inline)) ";

  private final Map<String, List<String>> reaching;

  private BarrierInlining(Map<String, List<String>> reaching) {
    this.reaching = reaching;
  }

  static BarrierInlining find(CallGraph calls, List<FunctionSite> functions) {
    Map<String, List<String>> own = new HashMap<>();
    for (FunctionSite f : functions) {
      List<Token> tokens = f.text().tokens();
      for (int j = f.decl().bodyOpen() + 1; j < f.decl().bodyClose(); j++) {
        if (LexedTokens.kind(tokens, j) != TokenKind.IDENTIFIER) {
          continue;
        }
        String w = tokens.get(j).text();
        if (BARRIERS.contains(w) || WarpCallRule.needsScratch(w)) {
          own.put(f.name(), List.of("barrier"));
          break; // one barrier is enough to know
        }
      }
    }
    return new BarrierInlining(calls.close(own));
  }

  void apply(SourceText text, Declaration.Function f) {
    if (f.isKernel() || reaching.getOrDefault(f.name(), List.of()).isEmpty()) {
      return;
    }
    boolean inline = f.words().contains("inline") || f.words().contains("__forceinline__")
        || f.words().contains("__inline__");
    // 'static inline' comes from DeviceFunctionRule for inline functions; others get it here
    text.edits().insertBefore(f.item().first(), inline ? ATTRIBUTE : "static inline " + ATTRIBUTE);
  }
}
