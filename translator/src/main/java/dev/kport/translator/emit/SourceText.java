package dev.kport.translator.emit;

import dev.kport.translator.diag.Code;
import dev.kport.translator.diag.Diagnostics;
import dev.kport.translator.lex.Token;
import java.util.List;

/**
 * Tokens being edited, with where they came from, so a rule can both edit and report at a
 * token. A directive's body is lexed again as its own text: {@code lineBase}/{@code columnBase}
 * place those tokens back in the file.
 */
public final class SourceText {

  private final String file;
  private final TokenEdits edits;
  private final Diagnostics diagnostics;
  private final int lineBase;
  private final int columnBase;

  public SourceText(String file, List<Token> tokens, Diagnostics diagnostics) {
    this(file, tokens, diagnostics, 1, 1);
  }

  /** Tokens lexed from text that starts at {@code line}:{@code column} of {@code file}. */
  public SourceText(String file, List<Token> tokens, Diagnostics diagnostics, int line, int column) {
    this.file = file;
    this.edits = new TokenEdits(tokens);
    this.diagnostics = diagnostics;
    this.lineBase = line;
    this.columnBase = column;
  }

  /** The same tokens with no edits yet, reporting to the same place: for emitting a function twice. */
  public SourceText copy() {
    return new SourceText(file, edits.tokens(), diagnostics, lineBase, columnBase);
  }

  public String file() {
    return file;
  }

  public List<Token> tokens() {
    return edits.tokens();
  }

  public Token token(int i) {
    return edits.tokens().get(i);
  }

  public TokenEdits edits() {
    return edits;
  }

  public Diagnostics diagnostics() {
    return diagnostics;
  }

  public void report(Code code, int tokenIndex, String message) {
    Token t = token(tokenIndex);
    int line = lineBase + t.line() - 1;
    int column = t.line() == 1 ? columnBase + t.column() - 1 : t.column();
    diagnostics.report(code, file, line, column, message);
  }
}
