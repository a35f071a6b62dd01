package dev.kport.translator.preprocess;

import dev.kport.translator.diag.Diagnostic;
import dev.kport.translator.lex.Token;
import dev.kport.translator.lex.TokenKind;
import dev.kport.translator.lex.TokenList;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

/** Walks the directives of one file (the main file or a header) in order. */
final class DirectiveWalker {

  /**
   * What is known of an open {@code #if} group, as bits of one int: whether the text around it is
   * active, whether a branch was taken, whether {@code #else} was seen. A stack of ints rather
   * than an object per group: files open a group every few lines ({@code #ifndef BLOCK}).
   */
  private static final int PARENT_ACTIVE = 1;
  private static final int TAKEN = 2;
  private static final int SAW_ELSE = 4;

  private final Preprocessor pp;
  private final Path file;
  private final List<Token> tokens;
  /** Null for headers: only the main file's regions are recorded. */
  private final BitSet inactive;
  private final List<Region> regions;
  private final int depth;
  /** The open groups, innermost last, as {@link #PARENT_ACTIVE} bits. */
  private int[] groups = new int[8];
  private int openGroups;
  private boolean active = true;
  private int regionStart = -1;
  private String regionCondition = "";
  /** The lexer's list when the tokens are one, read by its arrays; else null. */
  private final TokenList list;
  /** The directive being read: its index, its text {@code src[from, to)}, its token once made. */
  private int at;
  private String src;
  private int from;
  private int to;
  private Token madeToken;
  /** Names and short bodies read in place, shared rather than copied out of each line. */
  private final DirectiveWords words = DirectiveWords.ofThread();
  /** {@code Optional.of(file)}, made at the first include rather than at each. */
  private Optional<Path> includedFrom;

  DirectiveWalker(Preprocessor pp, Path file, List<Token> tokens, BitSet inactive, List<Region> regions, int depth) {
    this.pp = pp;
    this.file = file;
    this.tokens = tokens;
    this.inactive = inactive;
    this.regions = regions;
    this.depth = depth;
    this.list = tokens instanceof TokenList l ? l : null;
  }

  void walk() {
    // inactive tokens are marked a region at a time when the region closes
    if (list != null) { // the lexer's arrays: a directive is read in the source, no token made
      int size = list.size();
      for (int i = list.indexOfRareKind(TokenKind.DIRECTIVE, 0); i < size;
          i = list.indexOfRareKind(TokenKind.DIRECTIVE, i + 1)) {
        directive(i);
      }
    } else {
      for (int i = 0; i < tokens.size(); i++) {
        if (tokens.get(i).kind() == TokenKind.DIRECTIVE) {
          directive(i);
        }
      }
    }
    if (openGroups > 0) {
      warn(tokens.isEmpty() ? null : tokens.get(tokens.size() - 1), "KP1103", "#if without #endif");
      if (!active) {
        closeRegion(tokens.size());
      }
    }
  }

  /**
   * The directive being read, as a token: made only when a diagnostic, a region or a line that
   * must be lexed needs it, since making it copies the directive's text.
   */
  private Token token() {
    if (madeToken == null) {
      madeToken = list != null ? list.make(at) : tokens.get(at);
    }
    return madeToken;
  }

  /** The line of the directive being read, without making its token. */
  private int directiveLine() {
    if (list == null) {
      return token().line();
    }
    lineHint = list.lineFrom(at, lineHint); // directives come in order: search on from the last one's line
    return lineHint;
  }

  /** The line of the last directive whose line was asked for: where the next one's search starts. */
  private int lineHint = 1;

  /** Reads directive {@code index} in place: {@code src[from, to)} is its text. */
  private void directive(int index) {
    at = index;
    madeToken = null;
    if (list != null) {
      src = list.source();
      from = list.offset(index);
      to = list.end(index);
    } else {
      src = token().text();
      from = 0;
      to = src.length();
    }
    int hash = indexOf('#', from);
    int nameEnd = hash < 0 ? -1 : plainNameEnd(hash + 1);
    if (nameEnd < 0) {
      lexedDirective(index, hash);
      return;
    }
    String name = directiveName(nameStart(hash + 1), nameEnd);
    switch (name) {
      case "else": elseBranch(index); return;
      case "endif": endif(index); return;
      case "ifdef": case "ifndef":
        if (!active) { // the name is not looked at: the group is off whatever it says
          open(index, false);
          return;
        }
        if (plainOperandEnd(nameEnd) >= 0) {
          boolean defined = !operand.isEmpty() && pp.macros.containsKey(operand);
          open(index, name.equals("ifdef") == defined);
          return;
        }
        break;
      case "undef":
        if (active && plainOperandEnd(nameEnd) >= 0) {
          if (!operand.isEmpty()) {
            pp.macros.remove(operand);
          }
          return;
        }
        break;
      case "define":
        if (active) { // the common case: the name is found without lexing the line twice
          if (!plainDefine(nameEnd, inactive != null ? index : -1)) {
            defineFromText(pp, src.substring(nameEnd, to), origin(), directiveLine(), inactive != null ? index : -1);
          }
          return;
        }
        break;
      case "include": case "include_next": case "import":
        if (active && plainSystemInclude(nameEnd)) {
          return;
        }
        break;
      case "pragma":
        if (active && plainPragma(nameEnd)) {
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
    lexedDirective(index, hash);
  }

  /** Directive words, so a plain name is matched in place rather than copied out of the line. */
  private static final String[] KNOWN_NAMES = {"include", "define", "endif", "ifndef", "pragma", "if", "else", "ifdef",
      "elif", "undef", "error", "include_next", "import", "elifdef", "elifndef", "line", "warning"};

  /** The directive word {@code src[start, end)}: a shared constant when it is a known one. */
  private String directiveName(int start, int end) {
    int length = end - start;
    for (String known : KNOWN_NAMES) {
      if (known.length() == length && src.regionMatches(start, known, 0, length)) {
        return known;
      }
    }
    return src.substring(start, end);
  }

  /**
   * {@code #ifdef NAME}, {@code #ifndef NAME} or {@code #undef NAME} with a plain operand: blanks,
   * then ASCII name characters not starting with a digit, then the end or a character that ends a
   * name as the lexer sees it; or nothing but blanks. Sets {@link #operand} (empty when there is
   * none) to what the lexed line's first token would be and returns where it ends; else -1, and
   * the line is lexed.
   */
  private int plainOperandEnd(int from) {
    int i = skipBlanks(from);
    if (i == to) {
      operand = "";
      return i;
    }
    if (!isIdentifierStart(src.charAt(i))) {
      return -1;
    }
    int end = identifierEnd(i);
    if (end < to && !endsName(src.charAt(end))) {
      return -1;
    }
    operand = words.word(src, i, end);
    return end;
  }

  /**
   * {@code #define} read in place when its text is plain: a plain name, plain parameters, a
   * replacement of printable ASCII without comments, quotes or backslashes, where the lexed tokens
   * are exactly the runs of non-blanks. Stores the macro as {@link #defineFromText} would, or
   * returns false having done nothing.
   */
  private boolean plainDefine(int from, int tokenIndex) {
    int nameStart = skipBlanks(from);
    if (nameStart == to || !isIdentifierStart(src.charAt(nameStart))) {
      return false;
    }
    int nameEnd = identifierEnd(nameStart);
    if (nameEnd < to && !endsName(src.charAt(nameEnd))) {
      return false;
    }
    boolean functionLike = nameEnd < to && src.charAt(nameEnd) == '(';
    List<String> params = List.of();
    boolean variadic = false;
    int bodyStart = nameEnd;
    if (functionLike) {
      params = new ArrayList<>();
      int i = nameEnd + 1;
      while (true) {
        if (i >= to) {
          return false; // no ')': left to the lexed reading
        }
        char c = src.charAt(i);
        if (c == ')') {
          break;
        }
        if (c == ' ' || c == '\t' || c == ',') {
          i++;
        } else if (isIdentifierStart(c)) {
          int end = identifierEnd(i);
          if (end < to && !endsName(src.charAt(end))) {
            return false;
          }
          params.add(words.word(src, i, end));
          i = end;
        } else if (c == '.' && i + 3 <= to && src.startsWith("...", i) && (i + 3 == to || src.charAt(i + 3) != '.')) {
          variadic = true;
          i += 3;
        } else {
          return false;
        }
      }
      bodyStart = i + 1;
    }
    String body = plainBody(bodyStart);
    if (body == null) {
      return false;
    }
    String name = words.word(src, nameStart, nameEnd);
    pp.macros.put(name, new Macro(name, params, functionLike, variadic, body, origin(), directiveLine(), tokenIndex));
    return true;
  }

  /**
   * The replacement text {@code src[start, to)} as the lexed reading gives it (each run of blanks
   * one space, trimmed), or null when it holds a character that could start a literal, a splice
   * or other whitespace, so that the runs of non-blanks might not be its tokens. A comment sends
   * it to {@link #bodyWithComments}.
   */
  private String plainBody(int start) {
    int first = -1;
    int last = -1;
    boolean collapse = false;
    for (int i = start; i < to; i++) {
      char c = src.charAt(i);
      if (c == ' ' || c == '\t') {
        if (first >= 0 && (c == '\t' || src.charAt(i - 1) == ' ' || src.charAt(i - 1) == '\t')) {
          collapse = true; // a tab or a run of blanks becomes one space
        }
        continue;
      }
      if (c == '/' && i + 1 < to && (src.charAt(i + 1) == '/' || src.charAt(i + 1) == '*')) {
        return bodyWithComments(start);
      }
      if (c <= ' ' || c >= 127 || c == '\\' || c == '"' || c == '\'') {
        return null;
      }
      if (first < 0) {
        first = i;
      }
      last = i;
    }
    if (first < 0) {
      return "";
    }
    if (!collapse) {
      return words.word(src, first, last + 1);
    }
    StringBuilder body = new StringBuilder(last + 1 - first);
    for (int i = first; i <= last; i++) {
      char c = src.charAt(i);
      if (c == ' ' || c == '\t') {
        if (body.charAt(body.length() - 1) != ' ') {
          body.append(' ');
        }
      } else {
        body.append(c);
      }
    }
    return body.toString();
  }

  /**
   * {@link #plainBody} of a replacement with comments ({@code #define STEP 1000 /* per unit *}{@code /}):
   * to the lexer a comment is one more blank between tokens, so each run of blanks and comments
   * becomes one space. Null, for the lexed reading, when a comment does not end on the line or
   * holds a backslash or a character outside printable ASCII, or the text outside comments would
   * make {@code plainBody} give up.
   */
  private String bodyWithComments(int start) {
    StringBuilder body = new StringBuilder(to - start);
    boolean blank = false; // blanks or a comment since the last character kept
    int i = start;
    while (i < to) {
      char c = src.charAt(i);
      if (c == '/' && i + 1 < to && src.charAt(i + 1) == '/') { // to the end of the line
        return commentIsPlain(i + 2, to) ? body.toString() : null;
      }
      if (c == '/' && i + 1 < to && src.charAt(i + 1) == '*') {
        int close = src.indexOf("*/", i + 2);
        if (close < 0 || close + 2 > to || !commentIsPlain(i + 2, close)) {
          return null;
        }
        blank = true;
        i = close + 2;
        continue;
      }
      if (c == ' ' || c == '\t') {
        blank = true;
      } else if (c <= ' ' || c >= 127 || c == '\\' || c == '"' || c == '\'') {
        return null;
      } else {
        if (blank && body.length() > 0) {
          body.append(' ');
        }
        blank = false;
        body.append(c);
      }
      i++;
    }
    return body.toString();
  }

  /** Whether a comment's text {@code src[from, end)} is printable ASCII and tabs without a backslash. */
  private boolean commentIsPlain(int from, int end) {
    for (int i = from; i < end; i++) {
      char c = src.charAt(i);
      if ((c < ' ' && c != '\t') || c >= 127 || c == '\\') {
        return false;
      }
    }
    return true;
  }

  /** Where {@code c} first occurs in {@code src[from, to)}, or -1: a search that stops at the directive's end. */
  private int indexOf(char c, int from) {
    for (int i = from; i < to; i++) {
      if (src.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  /** Whether {@code //} occurs in {@code src[from, to)}. */
  private boolean hasLineComment(int from) {
    for (int i = from; i + 1 < to; i++) {
      if (src.charAt(i) == '/' && src.charAt(i + 1) == '/') {
        return true;
      }
    }
    return false;
  }

  /** The first token's text of a plain operand, set by {@link #plainOperandEnd}. */
  private String operand = "";

  private int skipBlanks(int i) {
    while (i < to && (src.charAt(i) == ' ' || src.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  private int identifierEnd(int i) {
    while (i < to && isIdentifierPart(src.charAt(i))) {
      i++;
    }
    return i;
  }

  /** An ASCII character the lexer starts an identifier with. */
  private static boolean isIdentifierStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$';
  }

  private static boolean isIdentifierPart(char c) {
    return isIdentifierStart(c) || (c >= '0' && c <= '9');
  }

  /**
   * Whether {@code c}, after ASCII name characters, ends the name as the lexer reads it: not a
   * letter beyond ASCII, not a quote (a literal prefix such as {@code L"}), not a backslash (a splice).
   */
  private static boolean endsName(char c) {
    return c < 127 && c != '"' && c != '\'' && c != '\\';
  }

  /**
   * {@code #include <cuda_runtime.h>} written plainly (letters, digits, {@code _ . /} between the
   * brackets, nothing but blanks after): noted as the lexed line would be, where the name is the
   * tokens between the brackets joined, here the very text. False, and nothing done, otherwise.
   */
  private boolean plainSystemInclude(int from) {
    int open = nameStart(from);
    if (open >= to || src.charAt(open) != '<') {
      return false;
    }
    int close = indexOf('>', open + 1);
    if (close <= open + 1 || hasLineComment(open)) {
      return false;
    }
    for (int j = open + 1; j < close; j++) {
      char ch = src.charAt(j);
      if (!isAsciiNameChar(ch) && ch != '.' && ch != '/') {
        return false;
      }
    }
    if (nameStart(close + 1) != to) {
      return false;
    }
    pp.includes.add(new Include(words.word(src, open + 1, close), true, Optional.empty(), includedFrom(),
        directiveLine()));
    return true;
  }

  /**
   * {@code #pragma WORD ...} with a plain first word: only {@code #pragma once} means anything
   * here. False, and nothing done, when the word is not plain and the line must be lexed.
   */
  private boolean plainPragma(int from) {
    int end = plainNameEnd(from);
    if (end < 0) {
      return false;
    }
    int start = nameStart(from);
    if (end - start == 4 && src.startsWith("once", start)) {
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
  private int nameStart(int from) {
    return skipBlanks(from);
  }

  /**
   * The end of the directive's name when it is plain (blanks, then ASCII letters, digits and
   * {@code _}, then a blank, {@code (} or the end), so that lexing the line would give that very
   * name as its first token; else -1 and the line is lexed.
   */
  private int plainNameEnd(int from) {
    int i = nameStart(from);
    int start = i;
    while (i < to && isAsciiNameChar(src.charAt(i))) {
      i++;
    }
    if (i == start || Character.isDigit(src.charAt(start))) {
      return -1;
    }
    if (i < to && src.charAt(i) != ' ' && src.charAt(i) != '\t' && src.charAt(i) != '(') {
      return -1;
    }
    return i;
  }

  private static boolean isAsciiNameChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  /** Reads a directive from its lexed tokens: its name and the tokens after it. */
  private void lexedDirective(int index, int hash) {
    String body = hash >= 0 ? src.substring(hash + 1, to) : src.substring(from + Math.min(2, to - from), to);
    List<Token> toks = MacroExpander.significant(body);
    if (toks.isEmpty() || toks.get(0).kind() != TokenKind.IDENTIFIER) {
      markIfInactive(index);
      return;
    }
    String name = toks.get(0).text();
    List<Token> rest = toks.subList(1, toks.size());
    switch (name) {
      case "if": open(index, active && evaluate(rest)); return;
      case "ifdef": open(index, active && definedName(rest)); return;
      case "ifndef": open(index, active && !definedName(rest)); return;
      case "elif": elif(index, () -> evaluate(rest)); return;
      case "elifdef": elif(index, () -> definedName(rest)); return;
      case "elifndef": elif(index, () -> !definedName(rest)); return;
      case "else": elseBranch(index); return;
      case "endif": endif(index); return;
      default: break;
    }
    if (!active) {
      markIfInactive(index);
      return;
    }
    switch (name) {
      case "define":
        defineFromText(pp, body.substring(toks.get(0).end()), origin(), directiveLine(), inactive != null ? index : -1);
        break;
      case "undef":
        if (!rest.isEmpty()) {
          pp.macros.remove(rest.get(0).text());
        }
        break;
      case "include": case "include_next": case "import":
        include(token(), rest);
        break;
      case "pragma":
        if (!rest.isEmpty() && rest.get(0).text().equals("once")) {
          pp.onceFiles.add(file.toAbsolutePath().normalize());
        }
        break;
      case "error":
        warn(token(), "KP1105", "#error in an active region: " + MacroExpander.join(rest));
        break;
      default:
        break;
    }
  }

  private Optional<Path> includedFrom() {
    if (includedFrom == null) {
      includedFrom = Optional.of(file);
    }
    return includedFrom;
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

  private boolean evaluate(List<Token> condition) {
    try {
      return pp.evaluator.evaluate(condition) != 0;
    } catch (ConditionEvaluator.BadCondition | RuntimeException e) {
      Token t = token();
      warn(t, "KP1101", "cannot evaluate '" + t.text().trim() + "' (" + e.getMessage() + "); taken as false");
      return false;
    }
  }

  private void open(int index, boolean take) {
    markIfInactive(index);
    if (openGroups == groups.length) {
      groups = Arrays.copyOf(groups, openGroups * 2);
    }
    groups[openGroups++] = (active ? PARENT_ACTIVE : 0) | (take ? TAKEN : 0);
    setActive(take, index);
  }

  private void elif(int index, java.util.function.BooleanSupplier cond) {
    if (openGroups == 0) {
      warn(token(), "KP1104", "#elif without #if");
      return;
    }
    int g = groups[openGroups - 1];
    boolean take = (g & (PARENT_ACTIVE | TAKEN | SAW_ELSE)) == PARENT_ACTIVE && cond.getAsBoolean();
    if (take) {
      groups[openGroups - 1] = g | TAKEN;
    }
    setActive(take, index);
  }

  private void elseBranch(int index) {
    if (openGroups == 0) {
      warn(token(), "KP1104", "#else without #if");
      return;
    }
    int g = groups[openGroups - 1];
    boolean take = (g & (PARENT_ACTIVE | TAKEN | SAW_ELSE)) == PARENT_ACTIVE;
    groups[openGroups - 1] = g | SAW_ELSE | (take ? TAKEN : 0);
    setActive(take, index);
  }

  private void endif(int index) {
    if (openGroups == 0) {
      warn(token(), "KP1104", "#endif without #if");
      return;
    }
    int g = groups[--openGroups];
    setActive((g & PARENT_ACTIVE) != 0, index);
    markIfInactive(index);
  }

  /** Switches activity at a conditional directive, opening or closing an inactive region. */
  private void setActive(boolean now, int index) {
    if (active && !now) {
      regionStart = index + 1;
      if (regions != null) { // the directive's text, trimmed, without making its token; shared, as files repeat them
        int start = from;
        int end = to;
        while (start < end && src.charAt(start) <= ' ') {
          start++;
        }
        while (end > start && src.charAt(end - 1) <= ' ') {
          end--;
        }
        regionCondition = words.word(src, start, end);
      }
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
    Optional<Path> from = includedFrom();
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
