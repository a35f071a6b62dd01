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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces each CUDA {@code #include} where it stands by its HIP header, in angle brackets (they
 * are all system headers). Two CUDA headers with one HIP counterpart ({@code cuda.h} and
 * {@code cuda_runtime.h}) would include it twice: outside any {@code #if}, the second becomes a
 * comment that still shows what was there. Once the file is read, {@link #addMissing} adds the HIP
 * headers it needs and lacks: {@code hip/hip_runtime.h} in a {@code .cu} file that uses CUDA
 * without an include (nvcc includes {@code cuda_runtime.h} into every {@code .cu} file; hipcc
 * 5.2 includes nothing), {@code hip/hip_complex.h} where cuComplex names were renamed.
 */
final class IncludeRewrite {

  private static final Pattern INCLUDE = Pattern.compile("^(#\\s*include\\s*)([<\"])([^>\"]+)([>\"])");
  private static final Pattern OPENS = Pattern.compile("^#\\s*if");
  private static final Pattern CLOSES = Pattern.compile("^#\\s*endif\\b");

  /** Identifiers that only CUDA source uses: a {@code .cu} file holding one needs the HIP runtime header. */
  private static final Set<String> CUDA_WORDS = Set.of("__global__", "__device__", "__host__", "__shared__",
      "__constant__", "__managed__", "threadIdx", "blockIdx", "blockDim", "gridDim", "warpSize", "dim3");
  /** Tables whose renamed names need a header of their own, and the HIP headers that provide it. */
  private static final Map<String, List<String>> NEEDS = Map.of(
      "complex.tsv", List.of("hip/hip_complex.h", "hipsparse/hipsparse.h", "hipblas/hipblas.h"));
  private static final String RUNTIME = "hip/hip_runtime.h";
  /** Tables of what nvcc's implicit cuda_runtime.h declares; library names come with their own includes. */
  private static final Set<String> RUNTIME_TABLES = Set.of("runtime.tsv", "driver.tsv", "device.tsv", "coop.tsv");

  private final HipRenameTable table;
  private final Set<String> included = new HashSet<>();
  /** Every header named by an include, under an {@code #if} or not: one is never added twice. */
  private final Set<String> named = new HashSet<>();
  private Token lastUnconditionalInclude;
  private int conditionalDepth;

  IncludeRewrite(HipRenameTable table) {
    this.table = table;
  }

  /** The directive's new text, or empty when it stays as written (not an include, or not CUDA's). */
  Optional<String> rewrite(Token directive, HipTranslator.Located where, List<Diagnostic> diagnostics) {
    String text = directive.text();
    trackConditionals(text);
    Matcher m = INCLUDE.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    String header = m.group(3).strip();
    if (conditionalDepth == 0) {
      lastUnconditionalInclude = directive;
    }
    Optional<HipRenameTable.Row> row = table.find(header).filter(HipRenameTable.Row::isHeader);
    if (row.isEmpty()) {
      remember(header);
      return Optional.empty();
    }
    if (row.get().keepsName()) {
      diagnostics.add(Code.HIP_UNSUPPORTED_HEADER.at(where.file(), where.line(directive), where.column(directive),
          "<" + header + "> has no HIP counterpart; the include is kept as written"));
      return Optional.empty();
    }
    String hip = row.get().hipName();
    boolean duplicate = included.contains(hip) && conditionalDepth == 0;
    remember(hip);
    if (duplicate && !text.contains("\n")) {
      // kept as a comment on its own line, so the user sees it and later line numbers still match
      return Optional.of("// " + text + " (its HIP header is already included above)");
    }
    return Optional.of(m.group(1) + "<" + hip + ">" + text.substring(m.end()));
  }

  /** Only unconditional includes count as included: one under an {@code #if} may not be compiled. */
  private void remember(String header) {
    named.add(header);
    if (conditionalDepth == 0) {
      included.add(header);
    }
  }

  /**
   * Adds the includes the translated file needs and lacks, after its last unconditional include,
   * or before its first line of code when it has none.
   *
   * @param cudaSource whether nvcc would have included {@code cuda_runtime.h} itself (a {@code .cu} file)
   * @param tablesUsed the tables whose rows renamed names in the file
   */
  void addMissing(List<Token> tokens, TokenEdits edits, boolean cudaSource, Set<String> tablesUsed) {
    List<String> wanted = new ArrayList<>();
    if (cudaSource && !named.contains(RUNTIME) && usesCuda(tokens, tablesUsed)) {
      wanted.add(RUNTIME);
    }
    NEEDS.forEach((needer, providers) -> {
      if (tablesUsed.contains(needer) && providers.stream().noneMatch(named::contains)) {
        wanted.add(providers.get(0));
      }
    });
    if (wanted.isEmpty()) {
      return;
    }
    StringBuilder lines = new StringBuilder();
    wanted.forEach(h -> lines.append("#include <").append(h).append(">\n"));
    int after = lastUnconditionalInclude == null ? -1 : indexOf(tokens, lastUnconditionalInclude);
    if (after >= 0) {
      edits.insertBefore(after + 1, "\n" + lines.substring(0, lines.length() - 1));
    } else {
      int first = Tokens.nextSignificant(tokens, 0);
      edits.insertBefore(first < 0 ? tokens.size() : first, lines.toString());
    }
  }

  private static boolean usesCuda(List<Token> tokens, Set<String> tablesUsed) {
    if (tablesUsed.stream().anyMatch(RUNTIME_TABLES::contains)) {
      return true;
    }
    if (tokens instanceof TokenList list) { // the lexer's arrays: no token is made for a file that has none of them
      for (int k = 0; k < list.size(); k++) {
        if (list.kind(k) == TokenKind.IDENTIFIER ? CUDA_WORDS.contains(Tokens.text(list, k)) : isLaunchOpen(list, k)) {
          return true;
        }
      }
      return false;
    }
    for (Token t : tokens) {
      if ((t.isIdentifier() && CUDA_WORDS.contains(t.text())) || t.text().equals("<<<")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the token's text is {@code <<<}. */
  private static boolean isLaunchOpen(TokenList list, int k) {
    return list.length(k) == 3 && list.charAt(k, 0) == '<' && list.charAt(k, 1) == '<' && list.charAt(k, 2) == '<';
  }

  private static int indexOf(List<Token> tokens, Token wanted) {
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo <= hi) { // tokens are in offset order
      int mid = (lo + hi) >>> 1;
      int offset = tokens instanceof TokenList list ? list.offset(mid) : tokens.get(mid).offset();
      int cmp = Integer.compare(offset, wanted.offset());
      if (cmp == 0) {
        return mid;
      } else if (cmp < 0) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return -1;
  }

  private void trackConditionals(String text) {
    if (OPENS.matcher(text).find()) {
      conditionalDepth++;
    } else if (CLOSES.matcher(text).find()) {
      conditionalDepth = Math.max(0, conditionalDepth - 1);
    }
  }
}
