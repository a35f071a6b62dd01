package dev.kport.translator.opencl;

import dev.kport.translator.emit.SourceText;
import dev.kport.translator.lex.Token;
import dev.kport.translator.outline.Parameters;
import dev.kport.translator.outline.Tokens;
import java.util.List;
import java.util.Optional;

/**
 * Calls to CUDA warp primitives become calls to the kport_ helpers that emulate them
 * ({@code __shfl_down_sync(mask, v, 1)} to {@code kport_shfl_down(v, 1, 32, kport_warp)}): the
 * lane mask goes (every lane of the warp takes part in the emulation), shuffles get CUDA's
 * default width, and the helpers get the {@code __local} scratch {@link WarpScratch} provides.
 */
final class WarpCallRule {

  /** The name of the scratch array, or pointer parameter, in every function that emulates warps. */
  static final String SCRATCH = "kport_warp";
  private static final int WARP_SIZE = 32;

  private WarpCallRule() {}

  /** The table row when {@code name} is a warp primitive this rule rewrites. */
  static Optional<RenameTable.Row> row(String name) {
    return RenameTable.standard().find(name).filter(r -> r.kind().startsWith("warp"));
  }

  /** Whether the call needs the scratch memory (everything but the lane mask and __syncwarp). */
  static boolean needsScratch(String name) {
    return row(name).map(r -> !r.targetName().equals("kport_activemask") && !r.targetName().equals("barrier"))
        .orElse(false);
  }

  static void apply(SourceText text, int from, int to) {
    List<Token> tokens = text.tokens();
    for (int j = from; j < to; j++) {
      Optional<RenameTable.Row> row = tokens.get(j).isIdentifier() ? row(tokens.get(j).text()) : Optional.empty();
      int open = Tokens.nextSignificant(tokens, j + 1, to);
      if (row.isEmpty() || !Tokens.is(tokens, open, "(")) {
        continue;
      }
      int close = Tokens.matching(tokens, open, to);
      rewrite(text, j, open, close, row.get());
    }
  }

  private static void rewrite(SourceText text, int name, int open, int close, RenameTable.Row row) {
    if (row.targetName().equals("barrier")) { // __syncwarp: the group's barrier orders the warp's accesses too
      text.edits().replace(name, close + 1, "barrier(CLK_LOCAL_MEM_FENCE)");
      return;
    }
    text.edits().replace(name, row.targetName());
    List<int[]> args = Parameters.splitAtCommas(text.tokens(), open + 1, close);
    boolean sync = row.kind().equals("warp_sync");
    if (sync && args.size() > 1) {
      text.edits().delete(args.get(0)[0], args.get(1)[0]);
    } else if (sync && args.size() == 1) {
      text.edits().delete(args.get(0)[0], args.get(0)[1] + 1);
    }
    int given = args.size() - (sync ? 1 : 0);
    StringBuilder extra = new StringBuilder();
    if (row.targetName().startsWith("kport_shfl") && given == 2) {
      extra.append(", ").append(WARP_SIZE);
    }
    if (needsScratch(text.token(name).text())) {
      extra.append(given > 0 ? ", " : "").append(SCRATCH);
    }
    text.edits().insertBefore(close, extra.toString());
  }
}
