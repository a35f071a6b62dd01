package dev.kport.translator.hip;

import dev.kport.translator.diag.Code;
import dev.kport.translator.diag.Diagnostic;
import dev.kport.translator.emit.TokenEdits;
import dev.kport.translator.lex.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Renames one identifier that names a CUDA entity in the rename tables. The lexer already keeps
 * strings, comments and longer identifiers ({@code cudaMalloc_count}) apart; a member of the same
 * name ({@code s.cudaMalloc}, {@code p->cudaFree}) is the user's and stays.
 */
final class NameRewrite {

  /** Keywords that may stand right before a use of a function or constant. */
  private static final Set<String> NOT_TYPES = Set.of("return", "case", "else", "do", "throw", "sizeof", "new",
      "delete", "co_return", "co_yield", "goto");

  private final HipRenameTable table;
  private final List<Diagnostic> diagnostics;

  NameRewrite(HipRenameTable table, List<Diagnostic> diagnostics) {
    this.table = table;
    this.diagnostics = diagnostics;
  }

  /** Where this rewrite puts its findings. */
  List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /**
   * @param declarationsPossible false in a {@code #define} body, where a name before a CUDA name is
   *     the macro's, not a declared type
   */
  void rewrite(List<Token> tokens, int i, TokenEdits edits, HipTranslator.Located where, boolean declarationsPossible) {
    Token t = tokens.get(i);
    Optional<HipRenameTable.Row> found = table.find(t.text()).filter(r -> !r.isHeader());
    if (found.isEmpty() || isMember(tokens, i) || (declarationsPossible && declaresOwn(tokens, i, found.get()))) {
      return;
    }
    HipRenameTable.Row row = found.get();
    if (row.keepsName()) {
      report(Code.HIP_UNSUPPORTED_API, t, where, t.text() + " has no HIP counterpart (" + row.table()
          + "); it is kept as written");
      return;
    }
    if (row.kind().equals("warp_sync")) {
      dropLaneMask(tokens, i, edits, where, row);
      return;
    }
    edits.replace(i, row.hipName());
    if (row.kind().startsWith("kernel_arg")) {
      castKernelArgument(tokens, i, edits, Integer.parseInt(row.kind().substring("kernel_arg".length())));
    }
    if (row.status() == HipRenameTable.Status.DEPRECATED) {
      report(Code.HIP_DEPRECATED_API, t, where, row.hipName() + ", the HIP counterpart of " + t.text()
          + ", is deprecated");
    }
  }

  /**
   * HIP 5.2 takes the kernel of {@code hipFuncSetCacheConfig} and {@code hipFuncGetAttributes} as
   * {@code const void *}, where CUDA also has a template overload for the function itself.
   */
  private static void castKernelArgument(List<Token> tokens, int i, TokenEdits edits, int position) {
    int open = Tokens.nextSignificant(tokens, i + 1);
    if (open < 0 || !tokens.get(open).is("(")) {
      return;
    }
    int start = open;
    int end = Tokens.firstArgumentEnd(tokens, open);
    for (int n = 1; n < position && end >= 0 && tokens.get(end).is(","); n++) {
      start = end;
      end = Tokens.firstArgumentEnd(tokens, end);
    }
    int first = Tokens.nextSignificant(tokens, start + 1);
    int last = end < 0 ? -1 : Tokens.previousSignificant(tokens, end - 1);
    if (first < 0 || last < first) {
      return;
    }
    edits.insertBefore(first, "reinterpret_cast<const void *>(");
    edits.insertBefore(last + 1, ")");
  }

  /** {@code __shfl_down_sync(mask, v, d)} becomes {@code __shfl_down(v, d)}: HIP 5.2 has no masked forms. */
  private void dropLaneMask(List<Token> tokens, int i, TokenEdits edits, HipTranslator.Located where,
      HipRenameTable.Row row) {
    int open = Tokens.nextSignificant(tokens, i + 1);
    int comma = open < 0 || !tokens.get(open).is("(") ? -1 : Tokens.firstArgumentEnd(tokens, open);
    if (comma < 0 || !tokens.get(comma).is(",")) {
      report(Code.HIP_UNSUPPORTED_API, tokens.get(i), where, tokens.get(i).text()
          + " is not called with a lane mask and arguments here, so it is kept as written");
      return;
    }
    edits.replace(i, row.hipName());
    int next = comma + 1;
    while (next < tokens.size() && tokens.get(next).kind() == dev.kport.translator.lex.TokenKind.WHITESPACE) {
      next++;
    }
    edits.delete(open + 1, next);
    report(Code.HIP_LANE_MASK_DROPPED, tokens.get(i), where, tokens.get(i).text() + " became " + row.hipName()
        + " without its lane mask");
  }

  /**
   * {@code int cudaMalloc;}: a function or constant name right after a type name is being declared
   * by the user. Types are left out: {@code const cudaStream_t s} is a use.
   */
  private static boolean declaresOwn(List<Token> tokens, int i, HipRenameTable.Row row) {
    if (row.kind().equals("type")) {
      return false;
    }
    int prev = Tokens.previousSignificant(tokens, i - 1);
    return prev >= 0 && tokens.get(prev).isIdentifier() && !NOT_TYPES.contains(tokens.get(prev).text());
  }

  private static boolean isMember(List<Token> tokens, int i) {
    int prev = Tokens.previousSignificant(tokens, i - 1);
    return prev >= 0 && (tokens.get(prev).is(".") || tokens.get(prev).is("->"));
  }

  private void report(Code code, Token t, HipTranslator.Located where, String message) {
    diagnostics.add(code.at(where.file(), where.line(t), where.column(t), message));
  }
}
