package dev.kport.translator.opencl;

import dev.kport.translator.diag.Code;
import dev.kport.translator.emit.SourceText;
import dev.kport.translator.lex.Token;
import dev.kport.translator.outline.Tokens;
import java.util.Optional;
import java.util.Set;

/**
 * Renames what the {@link RenameTable} lists (math functions, intrinsics, fixed-width types) and
 * reports what it lists as unsupported. Only whole identifiers are touched, so strings, comments
 * and a user's {@code my_expf} are safe; calls must look like calls; a name the user defines
 * (function, type, macro) is theirs and left alone.
 */
final class RenameRule implements ExpressionRule {

  private final RenameTable table;
  private final Set<String> userNames;

  RenameRule(RenameTable table, Set<String> userNames) {
    this.table = table;
    this.userNames = userNames;
  }

  @Override
  public void apply(SourceText text, int from, int to) {
    for (int j = from; j < to; j++) {
      Token t = text.token(j);
      Optional<RenameTable.Row> row = t.isIdentifier() ? table.find(t.text()) : Optional.empty();
      // AtomicRule's, by pointee type; WarpCallRule's, which rearranges arguments
      boolean typed = row.isPresent() && (row.get().kind().equals("atomic") || row.get().kind().startsWith("warp"));
      if (row.isEmpty() || typed || userNames.contains(t.text()) || ThreadIndexRule.isMember(text, j, from)) {
        continue;
      }
      int next = Tokens.nextSignificant(text.tokens(), j + 1, to);
      if (row.get().isCall() && !Tokens.is(text.tokens(), next, "(")) {
        continue;
      }
      rename(text, j, row.get());
    }
  }

  private static void rename(SourceText text, int j, RenameTable.Row row) {
    if (row.status() == RenameTable.Status.UNSUPPORTED || row.status() == RenameTable.Status.REMOVED) {
      text.report(Code.UNSUPPORTED_API, j, "'" + row.cudaName() + "' has no OpenCL C 1.2 translation yet ("
          + row.table() + ")");
    } else if (!row.targetName().equals(row.cudaName())) {
      text.edits().replace(j, row.targetName());
    }
  }
}
