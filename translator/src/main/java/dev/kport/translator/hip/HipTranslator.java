package dev.kport.translator.hip;

import dev.kport.translator.TranslateOptions;
import dev.kport.translator.Translation;
import dev.kport.translator.diag.Code;
import dev.kport.translator.diag.Diagnostic;
import dev.kport.translator.emit.TokenEdits;
import dev.kport.translator.lex.Lexer;
import dev.kport.translator.lex.Token;
import dev.kport.translator.lex.TokenKind;
import dev.kport.translator.lex.TokenList;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translates one CUDA source to HIP: whole file, host and device code. Works on the token stream,
 * so renames touch identifiers in code only (never strings or comments) and every untouched
 * character comes out as written. Kernel launches keep their {@code <<<>>>} form, which hipcc accepts,
 * or become {@code hipLaunchKernelGGL} on request. Counts what it converted per API family.
 */
public final class HipTranslator {

  private static final Pattern DEFINE = Pattern.compile("^#\\s*define\\b");
  private static final Pattern INCLUDED = Pattern.compile("[<\"]([^>\"]+)[>\"]");

  private HipTranslator() {}

  /** Translates with the launch syntax {@code options} asks for. */
  public static Translation translate(Path file, String source, TranslateOptions options) {
    return translate(file, source, options, options.launchSyntax());
  }

  public static Translation translate(Path file, String source, TranslateOptions options, LaunchSyntax launches) {
    TokenList tokens = Lexer.lexList(source);
    TokenEdits edits = new TokenEdits(tokens);
    List<Diagnostic> diagnostics = new ArrayList<>();
    Located where = new Located(file.toString(), 0, 0);
    HipRenameTable table = HipRenameTable.standard();
    IncludeRewrite includes = new IncludeRewrite(table);
    NameRewrite names = new NameRewrite(table, diagnostics);
    ReferenceCount count = new ReferenceCount();
    BranchSelection branches = BranchSelection.of(file, tokens, options);
    KnownNames known = new KnownNames(tokens, table);
    for (int i = tokens.nextSignificant(0); i >= 0; i = tokens.nextSignificant(i + 1)) {
      // only directives and identifiers can name CUDA (so blanks and comments are stepped over by kind):
      // read the kind without loading the token
      boolean name = tokens.hasKind(i, TokenKind.IDENTIFIER);
      if ((!name && !tokens.hasKind(i, TokenKind.DIRECTIVE)) || !branches.translates(i)) {
        continue;
      }
      if (!name) {
        Token t = tokens.get(i);
        int found = diagnostics.size();
        Optional<String> rewritten = includes.rewrite(t, where, diagnostics);
        if (rewritten.isPresent()) {
          count.converted(ReferenceCount.HEADERS);
        } else {
          count.unconverted(ReferenceCount.HEADERS, includedName(t.text()), diagnostics, found,
              Code.HIP_UNSUPPORTED_HEADER.id());
          rewritten = rewriteDefine(t, names, where, launches, table, count);
        }
        final int at = i;
        rewritten.ifPresent(text -> edits.replace(at, text));
      } else {
        int id = tokens.nameId(i);
        if (known.mayRename(id)) {
          rename(tokens, i, edits, names, where, true, known.row(id), known.dependsOnCall(id), count);
        }
      }
    }
    names.finish(edits);
    includes.addMissing(tokens, edits, file.toString().endsWith(".cu"), names.tablesUsed());
    if (launches == LaunchSyntax.HIP) {
      int before = edits.size();
      new LaunchRewrite(tokens, edits).run();
      count.converted(ReferenceCount.LAUNCH, edits.size() - before);
    }
    new HazardScan(tokens, where, diagnostics).run();
    branches.report(file.toString(), diagnostics);
    return new Translation(edits.render(source), diagnostics, Optional.empty(), count.stats());
  }

  /**
   * What the rename tables have for each distinct name of a file, by spelling number, looked up
   * the first time the name is met: a file repeats a few thousand names tens of thousands of times.
   */
  private static final class KnownNames {

    private static final byte UNDECIDED = 0;
    private static final byte CUDA = 1;
    private static final byte NOT_CUDA = 2;

    private final TokenList tokens;
    private final HipRenameTable table;
    private final byte[] decided;
    /** The row of each name decided {@link #CUDA}, null where the table has none. */
    private final HipRenameTable.Row[] rows;
    private final boolean[] dependsOnCall;

    KnownNames(TokenList tokens, HipRenameTable table) {
      this.tokens = tokens;
      this.table = table;
      int n = tokens.spellings().size();
      this.decided = new byte[n];
      this.rows = new HipRenameTable.Row[n];
      this.dependsOnCall = new boolean[n];
    }

    /**
     * Whether {@link #rename} may do anything with a name: true for one with a rename row that is
     * no header's, one whose HIP name depends on the call around it, and a CUDA-looking name no table has.
     */
    boolean mayRename(int id) {
      if (decided[id] == UNDECIDED) {
        String name = tokens.spellings().text(id);
        boolean cuda = false;
        if (table.mayName(name)) {
          HipRenameTable.Row row = table.find(name).orElse(null);
          boolean depends = table.dependsOnCall(name);
          cuda = depends || row != null && !row.isHeader() || row == null && ReferenceCount.looksLikeCuda(name);
          rows[id] = row;
          dependsOnCall[id] = depends;
        }
        decided[id] = cuda ? CUDA : NOT_CUDA;
      }
      return decided[id] == CUDA;
    }

    HipRenameTable.Row row(int id) {
      return rows[id];
    }

    boolean dependsOnCall(int id) {
      return dependsOnCall[id];
    }
  }

  /**
   * Renames one identifier when it is a CUDA name, and counts what became of it; {@code row} and
   * {@code dependsOnCall} are what the table has for its name (null for no row).
   */
  private static void rename(List<Token> tokens, int i, TokenEdits edits, NameRewrite names, Located where,
      boolean declarationsPossible, HipRenameTable.Row row, boolean dependsOnCall, ReferenceCount count) {
    int edited = edits.size();
    List<Diagnostic> diagnostics = names.diagnostics();
    int found = diagnostics.size();
    names.rewrite(tokens, i, edits, where, declarationsPossible, row, dependsOnCall);
    if (edits.size() == edited && diagnostics.size() == found) {
      if (row == null) {
        String name = Tokens.text(tokens, i);
        if (ReferenceCount.looksLikeCuda(name) && !isMember(tokens, i)) {
          count.unknown(name, where.file(), where.line(tokens, i), where.column(tokens, i));
        }
      }
      return; // not a CUDA reference the tables know (the common case)
    }
    if (row == null) {
      return;
    }
    String family = ReferenceCount.family(row);
    if (edits.size() > edited) {
      count.converted(family);
    }
    count.unconverted(family, row.cudaName(), diagnostics, found, Code.HIP_UNSUPPORTED_API.id());
  }

  /** {@code <cufft.h>} or {@code "x.h"}: the name between the delimiters, or the directive itself. */
  private static String includedName(String directive) {
    Matcher m = INCLUDED.matcher(directive);
    return m.find() ? m.group(1).strip() : directive.strip();
  }

  /**
   * A {@code #define} body is one directive token: lex it again so its CUDA names are renamed,
   * and its launches rewritten, too.
   */
  private static Optional<String> rewriteDefine(Token directive, NameRewrite names, Located where,
      LaunchSyntax launches, HipRenameTable table, ReferenceCount count) {
    String text = directive.text();
    int hash = text.indexOf('#');
    if (hash < 0 || !text.startsWith("define", skipBlanks(text, hash + 1))) {
      return Optional.empty();
    }
    Matcher m = DEFINE.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    String body = text.substring(m.end());
    count.defined(macroName(body));
    List<Token> inner = Lexer.lex(body);
    TokenEdits innerEdits = new TokenEdits(inner);
    Located inside = where.inside(directive, m.end());
    for (int k = 0; k < inner.size(); k++) {
      String name = inner.get(k).text();
      if (inner.get(k).kind() == TokenKind.IDENTIFIER && table.mayName(name)) {
        rename(inner, k, innerEdits, names, inside, false, table.find(name).orElse(null), table.dependsOnCall(name),
            count);
      }
    }
    names.finish(innerEdits);
    if (launches == LaunchSyntax.HIP) {
      int before = innerEdits.size();
      new LaunchRewrite(inner, innerEdits).run();
      count.converted(ReferenceCount.LAUNCH, innerEdits.size() - before);
    }
    if (innerEdits.size() == 0) {
      return Optional.empty();
    }
    String renamed = innerEdits.render(0, inner.size());
    return renamed.equals(body) ? Optional.empty() : Optional.of(text.substring(0, m.end()) + renamed);
  }

  private static boolean isMember(List<Token> tokens, int i) {
    int prev = Tokens.previousSignificant(tokens, i - 1);
    return prev >= 0 && (Tokens.is(tokens, prev, ".") || Tokens.is(tokens, prev, "->"));
  }

  /** {@code " CUDA_CHECK(x) ..."}: the name a {@code #define} body starts with. */
  private static String macroName(String body) {
    int from = skipBlanks(body, 0);
    int to = from;
    while (to < body.length() && (Character.isLetterOrDigit(body.charAt(to)) || body.charAt(to) == '_')) {
      to++;
    }
    return body.substring(from, to);
  }

  private static int skipBlanks(String s, int from) {
    int k = from;
    while (k < s.length() && (s.charAt(k) == ' ' || s.charAt(k) == '\t')) {
      k++;
    }
    return k;
  }

  /**
   * Where tokens lie in the user's file: tokens lexed again from inside a directive are shifted by
   * the directive's position (lines after its first keep their own columns).
   */
  record Located(String file, int lineShift, int columnShift) {

    int line(Token t) {
      return t.line() + lineShift;
    }

    /** {@code line(tokens.get(i))}, without making the token where the list is the lexer's. */
    int line(List<Token> tokens, int i) {
      return tokens instanceof TokenList list ? list.line(i) + lineShift : line(tokens.get(i));
    }

    /** {@code column(tokens.get(i))}, without making the token where the list is the lexer's. */
    int column(List<Token> tokens, int i) {
      if (tokens instanceof TokenList list) {
        return list.line(i) == 1 ? list.column(i) + columnShift : list.column(i);
      }
      return column(tokens.get(i));
    }

    int column(Token t) {
      return t.line() == 1 ? t.column() + columnShift : t.column();
    }

    Located inside(Token directive, int offsetInDirective) {
      return new Located(file, line(directive) - 1, column(directive) - 1 + offsetInDirective);
    }
  }
}
