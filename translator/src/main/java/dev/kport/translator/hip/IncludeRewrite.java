package dev.kport.translator.hip;

import dev.kport.translator.diag.Code;
import dev.kport.translator.diag.Diagnostic;
import dev.kport.translator.lex.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces each CUDA {@code #include} where it stands by its HIP header, in angle brackets (they
 * are all system headers). Two CUDA headers with one HIP counterpart ({@code cuda.h} and
 * {@code cuda_runtime.h}) would include it twice: outside any {@code #if}, the second is dropped.
 */
final class IncludeRewrite {

  private static final Pattern INCLUDE = Pattern.compile("^(#\\s*include\\s*)([<\"])([^>\"]+)([>\"])");
  private static final Pattern OPENS = Pattern.compile("^#\\s*if");
  private static final Pattern CLOSES = Pattern.compile("^#\\s*endif\\b");

  private final HipRenameTable table;
  private final Set<String> included = new HashSet<>();
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
    if (duplicate) {
      return Optional.of(""); // the line stays, so later line numbers match the original's
    }
    return Optional.of(m.group(1) + "<" + hip + ">" + text.substring(m.end()));
  }

  /** Only unconditional includes count: one under an {@code #if} may not be compiled. */
  private void remember(String header) {
    if (conditionalDepth == 0) {
      included.add(header);
    }
  }

  private void trackConditionals(String text) {
    if (OPENS.matcher(text).find()) {
      conditionalDepth++;
    } else if (CLOSES.matcher(text).find()) {
      conditionalDepth = Math.max(0, conditionalDepth - 1);
    }
  }
}
