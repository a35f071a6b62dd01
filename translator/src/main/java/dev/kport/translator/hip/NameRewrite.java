package dev.kport.translator.hip;

import dev.kport.translator.diag.Code;
import dev.kport.translator.diag.Diagnostic;
import dev.kport.translator.emit.TokenEdits;
import dev.kport.translator.lex.Token;
import dev.kport.translator.lex.TokenKind;
import dev.kport.translator.lex.TokenList;
import java.util.ArrayList;
import java.util.HashSet;
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
  private final List<Pending> pending = new ArrayList<>();
  private final Set<String> tablesUsed = new HashSet<>();

  /** An argument reorder waiting for the renames inside its arguments. */
  private record Pending(TokenEdits edits, Runnable run) {}

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
    String name = Tokens.text(tokens, i);
    rewrite(tokens, i, edits, where, declarationsPossible, table.find(name).orElse(null), table.dependsOnCall(name));
  }

  /**
   * As {@link #rewrite(List, int, TokenEdits, HipTranslator.Located, boolean)}, given what the table
   * has for the name ({@code row}, null for none; {@code dependsOnCall}): the caller looks each
   * spelling up once per file.
   */
  void rewrite(List<Token> tokens, int i, TokenEdits edits, HipTranslator.Located where, boolean declarationsPossible,
      HipRenameTable.Row row, boolean dependsOnCall) {
    if (dependsOnCall && renameForCall(tokens, i, edits)) {
      return;
    }
    if (row == null || row.isHeader() || isMember(tokens, i)) {
      return;
    }
    if (row.kind().equals("namespace")) {
      if (namesNamespace(tokens, i)) {
        apply(row, tokens, i, edits, where);
      }
      return;
    }
    if (row.kind().startsWith("qualified:")) {
      if (qualifiedBy(tokens, i, row.kind().substring("qualified:".length()))) {
        apply(row, tokens, i, edits, where);
      }
      return;
    }
    if (declarationsPossible && declaresOwn(tokens, i, row)) {
      return;
    }
    apply(row, tokens, i, edits, where);
  }

  /** {@code ns::name}, {@code ::ns::name}: a name too common to be CUDA's unless its namespace is written. */
  private static boolean qualifiedBy(List<Token> tokens, int i, String namespace) {
    int scope = Tokens.previousSignificant(tokens, i - 1);
    int owner = scope >= 0 && Tokens.is(tokens, scope, "::") ? Tokens.previousSignificant(tokens, scope - 1) : -1;
    return owner >= 0 && Tokens.is(tokens, owner, namespace);
  }

  /**
   * Applies the argument reorders found so far in {@code edits}' tokens, innermost call first. Run
   * once every name of those tokens has been renamed, before rendering.
   */
  void finish(TokenEdits edits) {
    for (int k = pending.size() - 1; k >= 0; k--) {
      if (pending.get(k).edits() == edits) {
        pending.remove(k).run().run();
      }
    }
  }

  /** Notes a table as used: most renames in a row come from the same table, which is then added once. */
  private void useTable(String table) {
    if (table != lastTableUsed) {
      tablesUsed.add(table);
      lastTableUsed = table;
    }
  }

  private String lastTableUsed;

  /** The tables whose rows renamed something so far (e.g. {@code complex.tsv}), for the includes they need. */
  Set<String> tablesUsed() {
    return tablesUsed;
  }

  private void apply(HipRenameTable.Row row, List<Token> tokens, int i, TokenEdits edits, HipTranslator.Located where) {
    if (row.keepsName()) {
      report(Code.HIP_UNSUPPORTED_API, tokens, i, where, Tokens.text(tokens, i) + " has no HIP counterpart (" + row.table()
          + "); it is kept as written");
      return;
    }
    if (row.kind().equals("warp_sync")) {
      dropLaneMask(tokens, i, edits, where, row);
      return;
    }
    if (row.kind().startsWith("args:")) {
      reorder(row, tokens, i, edits, where);
      return;
    }
    edits.replace(i, row.hipName());
    useTable(row.table());
    if (row.kind().startsWith("kernel_arg")) {
      castKernelArgument(tokens, i, edits, Integer.parseInt(row.kind().substring("kernel_arg".length())));
    } else if (row.kind().startsWith("symbol_arg")) {
      SymbolArgumentRewrite.wrap(tokens, i, edits, Integer.parseInt(row.kind().substring("symbol_arg".length())));
    }
    if (row.status() == HipRenameTable.Status.DEPRECATED) {
      report(Code.HIP_DEPRECATED_API, tokens, i, where, row.hipName() + ", the HIP counterpart of " + Tokens.text(tokens, i)
          + ", is deprecated");
    }
  }

  /** An enumerator whose HIP name depends on the call it is passed to ({@code arguments.tsv}). */
  private boolean renameForCall(List<Token> tokens, int i, TokenEdits edits) {
    Optional<HipRenameTable.Row> row = Tokens.enclosingCallee(tokens, i)
        .flatMap(callee -> table.findInCall(callee, tokens.get(i).text()));
    row.ifPresent(r -> {
      edits.replace(i, r.hipName());
      tablesUsed.add(r.table());
    });
    return row.isPresent();
  }

  /**
   * A call of kind {@code args:...}: renamed to the HIP name its arity asks for, its argument reorder
   * queued; kept as written, with a warning, when no alternative fits.
   */
  private void reorder(HipRenameTable.Row row, List<Token> tokens, int i, TokenEdits edits,
      HipTranslator.Located where) {
    ArgumentOrderRewrite order = ArgumentOrderRewrite.parse(row.kind());
    int open = Tokens.nextSignificant(tokens, i + 1);
    ArgumentOrderRewrite.Choice choice = open < 0 || !Tokens.is(tokens, open, "(")
        ? new ArgumentOrderRewrite.Choice(Optional.empty(), "it is not called here") : order.choose(tokens, open);
    if (choice.alternative().isEmpty()) {
      report(Code.HIP_UNSUPPORTED_API, tokens, i, where, Tokens.text(tokens, i) + " cannot become "
          + row.hipName() + ": " + choice.obstacle() + "; it is kept as written");
      return;
    }
    ArgumentOrderRewrite.Alternative alternative = choice.alternative().get();
    edits.replace(i, alternative.hipName().orElse(row.hipName()));
    tablesUsed.add(row.table());
    if (!alternative.keepsOrder()) {
      pending.add(new Pending(edits, () -> ArgumentOrderRewrite.apply(alternative, tokens, edits, open)));
    }
  }

  /** {@code cub::X}, {@code namespace cub}, {@code using namespace cub}, {@code namespace c = cub}. */
  private static boolean namesNamespace(List<Token> tokens, int i) {
    int next = Tokens.nextSignificant(tokens, i + 1);
    if (next >= 0 && Tokens.is(tokens, next, "::")) {
      return true;
    }
    int prev = Tokens.previousSignificant(tokens, i - 1);
    if (prev >= 0 && Tokens.is(tokens, prev, "namespace")) {
      return true;
    }
    int alias = prev >= 0 && Tokens.is(tokens, prev, "=") ? Tokens.previousSignificant(tokens, prev - 1) : -1;
    int keyword = alias >= 0 ? Tokens.previousSignificant(tokens, alias - 1) : -1;
    return keyword >= 0 && Tokens.is(tokens, keyword, "namespace");
  }

  /**
   * HIP 5.2 takes the kernel of {@code hipFuncSetCacheConfig} and {@code hipFuncGetAttributes} as
   * {@code const void *}, where CUDA also has a template overload for the function itself.
   */
  private static void castKernelArgument(List<Token> tokens, int i, TokenEdits edits, int position) {
    int open = Tokens.nextSignificant(tokens, i + 1);
    if (open < 0 || !Tokens.is(tokens, open, "(")) {
      return;
    }
    int start = open;
    int end = Tokens.firstArgumentEnd(tokens, open);
    for (int n = 1; n < position && end >= 0 && Tokens.is(tokens, end, ","); n++) {
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
    int comma = open < 0 || !Tokens.is(tokens, open, "(") ? -1 : Tokens.firstArgumentEnd(tokens, open);
    if (comma < 0 || !Tokens.is(tokens, comma, ",")) {
      report(Code.HIP_UNSUPPORTED_API, tokens, i, where, Tokens.text(tokens, i)
          + " is not called with a lane mask and arguments here, so it is kept as written");
      return;
    }
    edits.replace(i, row.hipName());
    tablesUsed.add(row.table());
    int next = comma + 1;
    while (next < tokens.size() && isBlank(tokens, next)) {
      next++;
    }
    edits.delete(open + 1, next);
    report(Code.HIP_LANE_MASK_DROPPED, tokens, i, where, Tokens.text(tokens, i) + " became " + row.hipName()
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
    return prev >= 0 && isName(tokens, prev) && !NOT_TYPES.contains(Tokens.text(tokens, prev));
  }

  private static boolean isMember(List<Token> tokens, int i) {
    int prev = Tokens.previousSignificant(tokens, i - 1);
    return prev >= 0 && (Tokens.is(tokens, prev, ".") || Tokens.is(tokens, prev, "->"));
  }

  private static boolean isBlank(List<Token> tokens, int k) {
    return tokens instanceof TokenList list ? list.hasKind(k, TokenKind.WHITESPACE)
        : tokens.get(k).kind() == TokenKind.WHITESPACE;
  }

  private static boolean isName(List<Token> tokens, int k) {
    return tokens instanceof TokenList list ? list.kind(k) == TokenKind.IDENTIFIER : tokens.get(k).isIdentifier();
  }

  private void report(Code code, List<Token> tokens, int i, HipTranslator.Located where, String message) {
    diagnostics.add(code.at(where.file(), where.line(tokens, i), where.column(tokens, i), message));
  }
}
