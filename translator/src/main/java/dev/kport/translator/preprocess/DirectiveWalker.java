package dev.kport.translator.preprocess;

import dev.kport.translator.diag.Diagnostic;
import dev.kport.translator.lex.Token;
import dev.kport.translator.lex.TokenKind;
import dev.kport.translator.lex.TokenList;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Walks the directives of one file (the main file or a header) in order. */
final class DirectiveWalker {

  /** One open {@code #if} group. */
  private static final class Group {
    final boolean parentActive;
    boolean taken;
    boolean sawElse;

    Group(boolean parentActive, boolean taken) {
      this.parentActive = parentActive;
      this.taken = taken;
    }
  }

  private final Preprocessor pp;
  private final Path file;
  private final List<Token> tokens;
  /** Null for headers: only the main file's regions are recorded. */
  private final BitSet inactive;
  private final List<Region> regions;
  private final int depth;
  private final Deque<Group> groups = new ArrayDeque<>();
  private boolean active = true;
  private int regionStart = -1;
  private String regionCondition = "";

  DirectiveWalker(Preprocessor pp, Path file, List<Token> tokens, BitSet inactive, List<Region> regions, int depth) {
    this.pp = pp;
    this.file = file;
    this.tokens = tokens;
    this.inactive = inactive;
    this.regions = regions;
    this.depth = depth;
  }

  void walk() {
    // inactive tokens are marked a region at a time when the region closes
    if (tokens instanceof TokenList list) { // the lexer's kinds array: no token loaded but directives
      int size = list.size();
      for (int i = list.indexOfKind(TokenKind.DIRECTIVE, 0); i < size; i = list.indexOfKind(TokenKind.DIRECTIVE, i + 1)) {
        directive(list.make(i), i); // looked at once: no token kept in the list
      }
    } else {
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (t.kind() == TokenKind.DIRECTIVE) {
          directive(t, i);
        }
      }
    }
    if (!groups.isEmpty()) {
      warn(tokens.isEmpty() ? null : tokens.get(tokens.size() - 1), "KP1103", "#if without #endif");
      if (!active) {
        closeRegion(tokens.size());
      }
    }
  }

  private void directive(Token t, int index) {
    String text = t.text();
    int hash = text.indexOf('#');
    int nameEnd = hash < 0 ? -1 : plainNameEnd(text, hash + 1);
    if (nameEnd < 0) {
      lexedDirective(t, index, text, hash);
      return;
    }
    String name = text.substring(nameStart(text, hash + 1), nameEnd);
    switch (name) {
      case "else": elseBranch(t, index); return;
      case "endif": endif(t, index); return;
      case "define":
        if (active) { // the common case: the name is found without lexing the line twice
          defineFromText(pp, text.substring(nameEnd), origin(), t.line(), inactive != null ? index : -1);
          return;
        }
        break;
      case "include": case "include_next": case "import":
        if (active && plainSystemInclude(t, text, nameEnd)) {
          return;
        }
        break;
      case "pragma":
        if (active && plainPragma(text, nameEnd)) {
          return;
        }
        break;
      default:
        break;
    }
    if (!active && !isConditional(name)) {
      markIfInactive(index);
      return;
    }
    lexedDirective(t, index, text, hash);
  }

  /**
   * {@code #include <cuda_runtime.h>} written plainly (letters, digits, {@code _ . /} between the
   * brackets, nothing but blanks after): noted as the lexed line would be, where the name is the
   * tokens between the brackets joined, here the very text. False, and nothing done, otherwise.
   */
  private boolean plainSystemInclude(Token t, String text, int from) {
    int open = nameStart(text, from);
    if (open >= text.length() || text.charAt(open) != '<') {
      return false;
    }
    int close = text.indexOf('>', open + 1);
    if (close <= open + 1 || text.indexOf("//", open) >= 0) {
      return false;
    }
    for (int j = open + 1; j < close; j++) {
      char ch = text.charAt(j);
      if (!isAsciiNameChar(ch) && ch != '.' && ch != '/') {
        return false;
      }
    }
    if (nameStart(text, close + 1) != text.length()) {
      return false;
    }
    pp.includes.add(new Include(text.substring(open + 1, close), true, Optional.empty(), Optional.of(file), t.line()));
    return true;
  }

  /**
   * {@code #pragma WORD ...} with a plain first word: only {@code #pragma once} means anything
   * here. False, and nothing done, when the word is not plain and the line must be lexed.
   */
  private boolean plainPragma(String text, int from) {
    int end = plainNameEnd(text, from);
    if (end < 0) {
      return false;
    }
    if (text.substring(nameStart(text, from), end).equals("once")) {
      pp.onceFiles.add(file.toAbsolutePath().normalize());
    }
    return true;
  }

  private static boolean isConditional(String name) {
    switch (name) {
      case "if": case "ifdef": case "ifndef": case "elif": case "elifdef": case "elifndef": case "else": case "endif":
        return true;
      default:
        return false;
    }
  }

  /** Where the directive's name starts: after the blanks following {@code #} at {@code from}. */
  private static int nameStart(String text, int from) {
    int i = from;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  /**
   * The end of the directive's name when it is plain (blanks, then ASCII letters, digits and
   * {@code _}, then a blank, {@code (} or the end), so that lexing the line would give that very
   * name as its first token; else -1 and the line is lexed.
   */
  private static int plainNameEnd(String text, int from) {
    int i = nameStart(text, from);
    int start = i;
    while (i < text.length() && isAsciiNameChar(text.charAt(i))) {
      i++;
    }
    if (i == start || Character.isDigit(text.charAt(start))) {
      return -1;
    }
    if (i < text.length() && text.charAt(i) != ' ' && text.charAt(i) != '\t' && text.charAt(i) != '(') {
      return -1;
    }
    return i;
  }

  private static boolean isAsciiNameChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  /** Reads a directive from its lexed tokens: its name and the tokens after it. */
  private void lexedDirective(Token t, int index, String text, int hash) {
    String body = hash >= 0 ? text.substring(hash + 1) : text.substring(Math.min(2, text.length()));
    List<Token> toks = MacroExpander.significant(body);
    if (toks.isEmpty() || toks.get(0).kind() != TokenKind.IDENTIFIER) {
      markIfInactive(index);
      return;
    }
    String name = toks.get(0).text();
    List<Token> rest = toks.subList(1, toks.size());
    switch (name) {
      case "if": open(t, index, active && evaluate(t, rest)); return;
      case "ifdef": open(t, index, active && definedName(rest)); return;
      case "ifndef": open(t, index, active && !definedName(rest)); return;
      case "elif": elif(t, index, () -> evaluate(t, rest)); return;
      case "elifdef": elif(t, index, () -> definedName(rest)); return;
      case "elifndef": elif(t, index, () -> !definedName(rest)); return;
      case "else": elseBranch(t, index); return;
      case "endif": endif(t, index); return;
      default: break;
    }
    if (!active) {
      markIfInactive(index);
      return;
    }
    switch (name) {
      case "define":
        defineFromText(pp, body.substring(toks.get(0).end()), origin(), t.line(), inactive != null ? index : -1);
        break;
      case "undef":
        if (!rest.isEmpty()) {
          pp.macros.remove(rest.get(0).text());
        }
        break;
      case "include": case "include_next": case "import":
        include(t, rest);
        break;
      case "pragma":
        if (!rest.isEmpty() && rest.get(0).text().equals("once")) {
          pp.onceFiles.add(file.toAbsolutePath().normalize());
        }
        break;
      case "error":
        warn(t, "KP1105", "#error in an active region: " + MacroExpander.join(rest));
        break;
      default:
        break;
    }
  }

  private String origin() {
    return file.toString();
  }

  private void markIfInactive(int index) {
    if (!active && inactive != null) {
      inactive.set(index);
    }
  }

  private boolean definedName(List<Token> rest) {
    return !rest.isEmpty() && pp.macros.containsKey(rest.get(0).text());
  }

  private boolean evaluate(Token t, List<Token> condition) {
    try {
      return pp.evaluator.evaluate(condition) != 0;
    } catch (ConditionEvaluator.BadCondition | RuntimeException e) {
      warn(t, "KP1101", "cannot evaluate '" + t.text().trim() + "' (" + e.getMessage() + "); taken as false");
      return false;
    }
  }

  private void open(Token t, int index, boolean take) {
    markIfInactive(index);
    groups.push(new Group(active, take));
    setActive(take, t, index);
  }

  private void elif(Token t, int index, java.util.function.BooleanSupplier cond) {
    Group g = groups.peek();
    if (g == null) {
      warn(t, "KP1104", "#elif without #if");
      return;
    }
    boolean take = g.parentActive && !g.taken && !g.sawElse && cond.getAsBoolean();
    if (take) {
      g.taken = true;
    }
    setActive(take, t, index);
  }

  private void elseBranch(Token t, int index) {
    Group g = groups.peek();
    if (g == null) {
      warn(t, "KP1104", "#else without #if");
      return;
    }
    boolean take = g.parentActive && !g.taken && !g.sawElse;
    g.sawElse = true;
    g.taken |= take;
    setActive(take, t, index);
  }

  private void endif(Token t, int index) {
    Group g = groups.poll();
    if (g == null) {
      warn(t, "KP1104", "#endif without #if");
      return;
    }
    setActive(g.parentActive, t, index);
    markIfInactive(index);
  }

  /** Switches activity at a conditional directive, opening or closing an inactive region. */
  private void setActive(boolean now, Token t, int index) {
    if (active && !now) {
      regionStart = index + 1;
      regionCondition = t.text().trim();
    } else if (!active && now) {
      closeRegion(index);
    }
    active = now;
  }

  private void closeRegion(int endExclusive) {
    if (regions == null || regionStart < 0) {
      return;
    }
    inactive.set(regionStart, Math.max(regionStart, endExclusive));
    int last = endExclusive - 1;
    if (last >= regionStart) {
      // the region starts with the line end of its opening directive: count from the next line
      int firstLine = kindAt(regionStart) == TokenKind.NEWLINE ? lineAt(regionStart) + 1 : lineAt(regionStart);
      regions.add(new Region(regionStart, last, firstLine, Math.max(firstLine, lineAt(last)), regionCondition));
    }
    regionStart = -1;
  }

  /** The kind of token {@code i}, read from the lexer's arrays when it can: no token is made. */
  private TokenKind kindAt(int i) {
    return tokens instanceof TokenList list ? list.kind(i) : tokens.get(i).kind();
  }

  private int lineAt(int i) {
    return tokens instanceof TokenList list ? list.line(i) : tokens.get(i).line();
  }

  private void include(Token t, List<Token> rest) {
    List<Token> spec = rest;
    if (!spec.isEmpty() && spec.get(0).kind() == TokenKind.IDENTIFIER) {
      spec = pp.expander.expand(spec); // #include HEADER_MACRO
    }
    if (spec.isEmpty()) {
      return;
    }
    Token first = spec.get(0);
    Optional<Path> from = Optional.of(file);
    if (first.kind() == TokenKind.STRING && first.text().length() >= 2 && first.text().startsWith("\"")) {
      String name = first.text().substring(1, first.text().length() - 1);
      Optional<Path> resolved = pp.resolve(name, file);
      pp.includes.add(new Include(name, false, resolved, from, t.line()));
      if (resolved.isPresent()) {
        pp.includeHeader(resolved.get(), depth);
      } else {
        note(t, "KP1102", "include \"" + name + "\" not found; its macros are unknown");
      }
    } else if (first.is("<")) {
      List<Token> inner = new ArrayList<>();
      for (int i = 1; i < spec.size() && !spec.get(i).is(">"); i++) {
        inner.add(spec.get(i));
      }
      StringBuilder name = new StringBuilder();
      for (Token x : inner) {
        name.append(x.text());
      }
      pp.includes.add(new Include(name.toString(), true, Optional.empty(), from, t.line()));
    }
  }

  /** Parses {@code NAME body} or {@code NAME(params) body} (the text after {@code define}). */
  static void defineFromText(Preprocessor pp, String text, String origin, int line, int tokenIndex) {
    TokenList toks = dev.kport.translator.lex.Lexer.lexList(text); // read by its arrays: no token objects
    int size = toks.size();
    int i = 0;
    while (i < size && toks.kind(i).isTrivia()) {
      i++;
    }
    if (i >= size || toks.kind(i) != TokenKind.IDENTIFIER) {
      return;
    }
    String name = toks.text(i);
    i++;
    List<String> params = new ArrayList<>();
    boolean functionLike = i < size && isPunctuation(toks, i, '(');
    boolean variadic = false;
    if (functionLike) {
      for (i++; i < size && !isPunctuation(toks, i, ')'); i++) {
        TokenKind k = toks.kind(i);
        if (k == TokenKind.IDENTIFIER) {
          params.add(toks.text(i));
        } else if (toks.length(i) == 3 && toks.text(i).equals("...")) {
          variadic = true;
        }
      }
      i++;
    }
    StringBuilder body = new StringBuilder();
    for (; i < size; i++) {
      if (toks.kind(i).isTrivia()) {
        if (body.length() > 0 && body.charAt(body.length() - 1) != ' ') {
          body.append(' ');
        }
      } else {
        body.append(text, toks.offset(i), toks.end(i));
      }
    }
    pp.macros.put(name, new Macro(name, params, functionLike, variadic, body.toString().trim(), origin, line,
        tokenIndex));
  }

  /** Whether token {@code i} is the one-character punctuator {@code c}, as {@code Token.is} would tell. */
  private static boolean isPunctuation(TokenList toks, int i, char c) {
    return toks.kind(i) == TokenKind.PUNCTUATOR && toks.length(i) == 1 && toks.charAt(i, 0) == c;
  }

  private void warn(Token t, String code, String message) {
    pp.diagnostics.add(new Diagnostic(file.toString(), t == null ? 1 : t.line(), t == null ? 1 : t.column(),
        Diagnostic.Severity.WARNING, code, message, ""));
  }

  private void note(Token t, String code, String message) {
    pp.diagnostics.add(new Diagnostic(file.toString(), t.line(), t.column(), Diagnostic.Severity.NOTE, code, message,
        "pass the header's folder with -I"));
  }
}
