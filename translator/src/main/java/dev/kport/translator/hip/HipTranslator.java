package dev.kport.translator.hip;

import dev.kport.translator.TranslateOptions;
import dev.kport.translator.Translation;
import dev.kport.translator.diag.Diagnostic;
import dev.kport.translator.emit.TokenEdits;
import dev.kport.translator.lex.Lexer;
import dev.kport.translator.lex.Token;
import dev.kport.translator.lex.TokenKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Translates one CUDA source to HIP: whole file, host and device code. Works on the token stream,
 * so renames touch identifiers in code only (never strings or comments) and every untouched
 * character comes out as written. Kernel launches keep their {@code <<<>>>} form, which hipcc accepts.
 */
public final class HipTranslator {

  private static final Pattern DEFINE = Pattern.compile("^#\\s*define\\b");

  private HipTranslator() {}

  /** Translates with kernel launches kept as written. */
  public static Translation translate(Path file, String source, TranslateOptions options) {
    return translate(file, source, options, LaunchSyntax.CUDA);
  }

  public static Translation translate(Path file, String source, TranslateOptions options, LaunchSyntax launches) {
    List<Token> tokens = Lexer.lex(source);
    TokenEdits edits = new TokenEdits(tokens);
    List<Diagnostic> diagnostics = new ArrayList<>();
    Located where = new Located(file.toString(), 0, 0);
    IncludeRewrite includes = new IncludeRewrite(HipRenameTable.standard());
    NameRewrite names = new NameRewrite(HipRenameTable.standard(), diagnostics);
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.kind() == TokenKind.DIRECTIVE) {
        Optional<String> rewritten = includes.rewrite(t, where, diagnostics);
        if (rewritten.isEmpty()) {
          rewritten = renameInDefine(t, names, where);
        }
        final int at = i;
        rewritten.ifPresent(text -> edits.replace(at, text));
      } else if (t.kind() == TokenKind.IDENTIFIER) {
        names.rewrite(tokens, i, edits, where, true);
      }
    }
    names.finish(edits);
    includes.addMissing(tokens, edits, file.toString().endsWith(".cu"), names.tablesUsed());
    if (launches == LaunchSyntax.HIP) {
      new LaunchRewrite(tokens, edits).run();
    }
    new HazardScan(tokens, where, diagnostics).run();
    return new Translation(edits.render(0, tokens.size()), diagnostics, Optional.empty());
  }

  /** A {@code #define} body is one directive token: lex it again so its CUDA names are renamed too. */
  private static Optional<String> renameInDefine(Token directive, NameRewrite names, Located where) {
    Matcher m = DEFINE.matcher(directive.text());
    if (!m.find()) {
      return Optional.empty();
    }
    String body = directive.text().substring(m.end());
    List<Token> inner = Lexer.lex(body);
    TokenEdits innerEdits = new TokenEdits(inner);
    Located inside = where.inside(directive, m.end());
    for (int k = 0; k < inner.size(); k++) {
      if (inner.get(k).kind() == TokenKind.IDENTIFIER) {
        names.rewrite(inner, k, innerEdits, inside, false);
      }
    }
    names.finish(innerEdits);
    String renamed = innerEdits.render(0, inner.size());
    return renamed.equals(body) ? Optional.empty()
        : Optional.of(directive.text().substring(0, m.end()) + renamed);
  }

  /**
   * Where tokens lie in the user's file: tokens lexed again from inside a directive are shifted by
   * the directive's position (lines after its first keep their own columns).
   */
  record Located(String file, int lineShift, int columnShift) {

    int line(Token t) {
      return t.line() + lineShift;
    }

    int column(Token t) {
      return t.line() == 1 ? t.column() + columnShift : t.column();
    }

    Located inside(Token directive, int offsetInDirective) {
      return new Located(file, line(directive) - 1, column(directive) - 1 + offsetInDirective);
    }
  }
}
