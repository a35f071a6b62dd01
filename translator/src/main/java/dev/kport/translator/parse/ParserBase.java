package dev.kport.translator.parse;

import dev.kport.translator.diag.Diagnostic;
import dev.kport.translator.lex.Spellings;
import dev.kport.translator.lex.Token;
import dev.kport.translator.lex.TokenKind;
import dev.kport.translator.lex.TokenList;
import dev.kport.translator.preprocess.PreprocessorView;
import java.util.ArrayList;
import java.util.List;

/**
 * The token cursor under every grammar method: it walks only the significant tokens of active
 * preprocessor regions, but reports positions as indices into the full lossless token list.
 */
abstract class ParserBase {

  /** Bails out of one construct; caught where an opaque node is made. Carries no stack trace. */
  static final class ParseError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int at;

    ParseError(String message, int at) {
      super(message, null, false, false);
      this.at = at;
    }
  }

  static final int MAX_DEPTH = 300;

  final String file;
  final List<Token> tokens;
  /** {@link #tokens} when it is the lexer's list, whose arrays are read without making tokens; else null. */
  final TokenList lexed;
  final PreprocessorView view;
  int[] sig;
  int[] code;
  /**
   * The texts of the significant tokens, by the same index as {@link #code}, when the tokens are
   * not the lexer's list; else null. Read them with {@link #word(int)}: a name's text comes from
   * its spelling number (one shared string per distinct name), an operator's from its code, and
   * other texts from the lexer's list when asked, which most never are.
   */
  String[] words;
  /**
   * The spelling number ({@link Spellings}) of each significant name, by the same index as
   * {@link #code}; -1 for other tokens and when the tokens are not the lexer's list. Questions
   * about a name (type? macro?) are answered once per number and kept in arrays.
   */
  int[] ids;
  /** The lexer's numbering of the names, when {@link #lexed}; else null. */
  private Spellings spellings;
  /**
   * The text of each spelling number that occurs among the significant tokens, filled when
   * {@link #significant(TokenList, PreprocessorView)} first meets the number. {@link #word} reads
   * it with one array load, where going through {@link Spellings#text} made word() too large,
   * once compiled, for the JIT to inline at its many callers.
   */
  private String[] nameTexts;
  /** By spelling number: 0 not yet asked, 1 not a macro, 2 a macro. */
  private byte[] macroMemo = new byte[0];
  final int n;
  final List<Diagnostic> diagnostics = new ArrayList<>();
  final Names names;
  int p;
  /** How many {@code >} of the current {@code >>} a closing template argument list has taken. */
  int gtSplit;
  /**
   * What {@link #c()} answers: the code at {@link #p}, or {@code >} inside a split {@code >>}.
   * Kept up to date by every move, so the question asked several times per token is one field
   * read; only the cursor methods below write {@link #p} and {@link #gtSplit}.
   */
  private int current;
  int depth;
  int speculating;

  ParserBase(String file, List<Token> tokens, PreprocessorView view) {
    this.file = file;
    this.tokens = tokens;
    this.lexed = tokens instanceof TokenList list ? list : null;
    this.view = view;
    this.names = new Names(view);
    this.n = lexed != null ? significant(lexed, view) : significant(tokens, view);
    this.current = code[0];
  }

  /**
   * The significant-token arrays of the last parse on this thread, for the next one to fill:
   * they are as long as a file's tokens, and allocating them afresh for every file cost more than
   * filling them. Only the arrays of files up to {@link #SPARE_LIMIT} tokens are kept.
   */
  private static final ThreadLocal<int[][]> SPARE = new ThreadLocal<>();
  private static final int SPARE_LIMIT = 1 << 18;

  /** Hands the arrays to the next parse on this thread; this parser reads no token afterwards. */
  final void releaseArrays() {
    if (lexed != null && sig.length <= SPARE_LIMIT) {
      SPARE.set(new int[][] {sig, code, ids, keyCodes});
    }
  }

  /** By token kind ordinal: 1 for the kinds the parser reads, 0 for trivia and directives. */
  private static final int[] KEPT = new int[TokenKind.values().length];

  static {
    for (TokenKind k : TokenKind.values()) {
      KEPT[k.ordinal()] = k.isTrivia() || k == TokenKind.DIRECTIVE ? 0 : 1;
    }
  }

  /**
   * As {@link #significant(List, PreprocessorView)} on the lexer's arrays, in one sweep with no
   * branch on the kind (blanks, names and operators alternate too irregularly to predict): every
   * token is written at the count, which only a kept token moves past, and its code is one lookup
   * of its {@link TokenList#parserKey} in {@link #keyCodes}. Each distinct name is looked up as a
   * keyword once per file ({@link Spellings}).
   */
  private int significant(TokenList list, PreprocessorView view) {
    Spellings spellings = list.spellings();
    this.spellings = spellings;
    int size = list.size();
    int nameCount = spellings.size();
    int[][] spare = SPARE.get();
    SPARE.set(null); // taken: a parse started inside this one would make its own
    // every entry up to the count is written, then overwritten unless kept; nothing past it is read
    int[] kept = spare != null && spare[0].length > size ? spare[0] : new int[size + 1];
    int[] codes = spare != null && spare[1].length > size ? spare[1] : new int[size + 1];
    int[] numbers = spare != null && spare[2].length > size ? spare[2] : new int[size + 1];
    int[] table = keyCodes(spare, nameCount);
    String[] texts = new String[nameCount];
    for (int id = 0; id < nameCount; id++) {
      String text = spellings.text(id);
      texts[id] = text;
      table[TokenList.NAME_KEYS + id] = Tok.classify(TokenKind.IDENTIFIER, text);
    }
    int count = 0;
    int from = view.nextActive(0);
    while (from < size) {
      int to = (int) Math.min(size, (long) view.nextInactive(from));
      for (int i = from; i < to; i++) {
        int key = list.parserKey(i);
        int id = key - TokenList.NAME_KEYS;
        kept[count] = i;
        codes[count] = table[key];
        numbers[count] = id | id >> 31; // -1 for all but names
        count += KEPT[list.kindOrdinal(i)];
      }
      from = to >= size ? size : view.nextActive(to);
    }
    sig = kept;
    code = codes;
    ids = numbers;
    code[count] = Tok.EOF; // read by c() at the end, with no test of the position
    sig[count] = count == 0 ? 0 : sig[count - 1]; // idx() at the end: the last token's index
    words = null; // the lexer's list gives other texts when asked
    keyCodes = table;
    nameTexts = texts;
    names.presize(spellings);
    macroMemo = macroAnswers(spellings, view);
    return count;
  }

  /**
   * The macro answers by spelling number, 1 not a macro and 2 a macro, found by looking each of the
   * file's few macros up among its names: a file has some 26 macros and 340 names, and asking the
   * view about each name a declarator or call starts with was a string hash and map probe apiece.
   * With more macros than names the answers are left to be asked one name at a time (all 0).
   */
  private static byte[] macroAnswers(Spellings spellings, PreprocessorView view) {
    byte[] answers = new byte[spellings.size()];
    java.util.Map<String, ?> macros = view.macros();
    if (macros.size() > answers.length) {
      return answers;
    }
    java.util.Arrays.fill(answers, (byte) 1);
    for (String name : macros.keySet()) {
      int id = spellings.find(name); // exact: the number of the name with this very text, or -1
      if (id >= 0 && id < answers.length) {
        answers[id] = 2;
      }
    }
    return answers;
  }

  /**
   * The code of each {@link TokenList#parserKey}: below {@link TokenList#NAME_KEYS} the same for
   * every file ({@link #KEY_CODES}), from there on this file's names by spelling number. Kept for
   * the next file on this thread, which rewrites only the names' part.
   */
  private int[] keyCodes;

  /** The codes of the keys below {@link TokenList#NAME_KEYS}: punctuators and the other kinds. */
  private static final int[] KEY_CODES = new int[TokenList.NAME_KEYS];

  static {
    java.util.Arrays.fill(KEY_CODES, Tok.OTHER);
    for (TokenKind k : TokenKind.values()) {
      if (!k.isTrivia() && k != TokenKind.DIRECTIVE && k != TokenKind.IDENTIFIER && k != TokenKind.PUNCTUATOR) {
        KEY_CODES[k.ordinal()] = Tok.classify(k, "");
      }
    }
    for (int i = 0; i <= TokenList.LONG_PUNCTUATORS.size(); i++) {
      KEY_CODES[TokenList.LONG_PUNCTUATOR_KEYS + i] = i < TokenList.LONG_PUNCTUATORS.size()
          ? Tok.classify(TokenKind.PUNCTUATOR, TokenList.LONG_PUNCTUATORS.get(i)) : Tok.OTHER;
    }
    for (char a = '!'; a < 128; a++) {
      for (char b = 0; b < 128; b++) {
        KEY_CODES[a << 7 | b] = Tok.punctuator(a | b << 16);
      }
    }
  }

  /** A key table with room for {@code names} names: the last file's when it has room, else a new one. */
  private static int[] keyCodes(int[][] spare, int names) {
    int[] last = spare != null ? spare[3] : null;
    if (last != null && last.length >= TokenList.NAME_KEYS + names) {
      return last; // the names' part is all rewritten before it is read
    }
    int[] table = new int[TokenList.NAME_KEYS + Math.max(names, 256)];
    System.arraycopy(KEY_CODES, 0, table, 0, TokenList.NAME_KEYS);
    return table;
  }

  /** Fills the significant-token arrays: active tokens that are not trivia or directives. */
  private int significant(List<Token> list, PreprocessorView view) {
    int capacity = list.size() * 2 / 3 + 16; // a little over half the tokens of real code are significant
    sig = new int[capacity];
    code = new int[capacity];
    words = new String[capacity];
    ids = new int[capacity];
    int count = 0;
    int size = list.size();
    for (int i = 0; i < size; i++) {
      Token t = list.get(i);
      TokenKind k = t.kind();
      if (k.isTrivia() || k == TokenKind.DIRECTIVE || !view.isActive(i)) {
        continue;
      }
      if (count == sig.length) {
        grow();
      }
      sig[count] = i;
      String text = t.text();
      code[count] = Tok.classify(k, text);
      words[count] = text;
      ids[count] = -1;
      count++;
    }
    if (count == sig.length) {
      grow();
    }
    code[count] = Tok.EOF; // read by c() at the end, with no test of the position
    sig[count] = count == 0 ? 0 : sig[count - 1]; // idx() at the end: the last token's index
    return count;
  }

  private void grow() {
    int capacity = sig.length + (sig.length >> 1) + 16;
    sig = java.util.Arrays.copyOf(sig, capacity);
    code = java.util.Arrays.copyOf(code, capacity);
    words = java.util.Arrays.copyOf(words, capacity);
    ids = java.util.Arrays.copyOf(ids, capacity);
  }

  // ---- looking

  final int c() {
    return current;
  }

  final int c(int ahead) {
    int q = p + ahead;
    return q < n ? code[q] : Tok.EOF;
  }

  final boolean at(int k) {
    return c() == k;
  }

  final String text() {
    return p < n ? word(p) : "";
  }

  /**
   * The text of the current token, an operator outside a split {@code >>}: its one spelling
   * straight from the code where it has one, without going through {@link #word}.
   */
  final String operatorText() {
    String s = words == null && ids[p] < 0 ? Tok.spelling(current) : null;
    return s != null ? s : text();
  }

  final String text(int ahead) {
    int q = p + ahead;
    return q < n ? word(q) : "";
  }

  /**
   * The text of significant token {@code q} ({@code q < n}). A name, the usual case, is one array
   * read away; the rest is in {@link #otherWord} so that this part is small enough to be inlined
   * at every caller.
   */
  final String word(int q) {
    int id = ids[q];
    return id >= 0 ? nameTexts[id] : otherWord(q);
  }

  /**
   * {@link #word} for a token without a spelling number: an operator's one text, or any token of a
   * plain list. Literals go on to {@link #rareWord}, kept out so that this method, inlined into
   * word(), keeps word() small once compiled.
   */
  private String otherWord(int q) {
    String s = words == null ? Tok.spelling(code[q]) : words[q];
    return s != null ? s : rareWord(q);
  }

  /**
   * An operator's text when a single punctuator text gives its code (digraphs leave theirs
   * without; names, whose alternative spellings ("and") share operator codes, were answered by
   * number), else the token's own text: numbers, strings, read a few times at most.
   */
  private String rareWord(int q) {
    String s = Tok.spelling(code[q]);
    if (s != null) {
      return s;
    }
    int i = sig[q];
    return lexed != null ? lexed.text(i) : tokens.get(i).text();
  }

  /**
   * The text of significant token {@code q} when it is a name or a keyword (a token the lexer read
   * as an identifier, so it has a spelling number, or a text in a plain list): two array reads and
   * no call, so that it is inlined everywhere, where {@link #word} may not be.
   */
  final String nameAt(int q) {
    int id = ids[q];
    return id >= 0 ? nameTexts[id] : words[q];
  }

  /** The spelling number of significant token {@code q}, or -1 (not a name, or no numbers). */
  final int id(int q) {
    return q >= 0 && q < n ? ids[q] : -1;
  }

  /** Whether significant token {@code q}, a name, is a macro; asks the view once per spelling. */
  final boolean isMacroAt(int q) {
    int id = id(q);
    byte m = id >= 0 && id < macroMemo.length ? macroMemo[id] : 0;
    return m != 0 ? m == 2 : askMacro(q, id); // the answer kept for this name, else the view's
  }

  /** {@link #isMacroAt} the first time a name is asked about, or for a name without a number. */
  private boolean askMacro(int q, int id) {
    if (id < 0) {
      return view.isMacro(word(q));
    }
    if (id >= macroMemo.length) {
      macroMemo = java.util.Arrays.copyOf(macroMemo, Math.max(id + 1, macroMemo.length * 2 + 64));
    }
    byte m = macroMemo[id];
    if (m == 0) {
      m = view.isMacro(word(q)) ? (byte) 2 : (byte) 1;
      macroMemo[id] = m;
    }
    return m == 2;
  }

  /** The spelling number of a name just read when it is one plain identifier, else -1. */
  final int plainNameId(dev.kport.translator.parse.tree.Expr.Name name) {
    return name.first() == name.last() && p > 0 && sig[p - 1] == name.first() && gtSplit == 0 ? ids[p - 1] : -1;
  }

  final boolean isTypeName(dev.kport.translator.parse.tree.Expr.Name name) {
    return names.isType(name.name(), plainNameId(name));
  }

  final boolean isMacroName(dev.kport.translator.parse.tree.Expr.Name name) {
    return plainNameId(name) >= 0 ? isMacroAt(p - 1) : view.isMacro(name.name());
  }

  /** The kind of the token at full-list index {@code i}, without making the token when it can. */
  final TokenKind kindAt(int i) {
    return lexed != null ? lexed.kind(i) : tokens.get(i).kind();
  }

  /** The text of the token at full-list index {@code i}. */
  final String textAt(int i) {
    return lexed != null ? lexed.text(i) : tokens.get(i).text();
  }

  /** Full-list index of the current token (or of the last token at the end). */
  final int idx() {
    return sig[p]; // p stops at n, where the last token's index is repeated
  }

  /**
   * Full-list index of the last token consumed: inside a split {@code >>} ({@link #gtSplit} is then
   * 1) the current token, else the one before it. Written as one expression to stay under the size
   * the JIT inlines at every call site (35 bytecodes); it is asked at every node built.
   */
  final int lastIdx() {
    int q = p + gtSplit;
    return q > 0 ? sig[q - 1] : 0;
  }

  /**
   * The first significant token from the cursor on that is {@code stop} or {@code otherStop} outside
   * any bracket opened after the cursor, or that closes a bracket opened before it; {@link #n} when
   * there is none. A look ahead, without moving: it lets the grammar rule out a speculative read.
   */
  final int firstAtThisLevel(int stop, int otherStop) {
    int nest = 0;
    for (int q = p; q < n; q++) {
      int k = code[q];
      if (k == Tok.LPAREN || k == Tok.LBRACKET || k == Tok.LBRACE) {
        nest++;
      } else if (k == Tok.RPAREN || k == Tok.RBRACKET || k == Tok.RBRACE) {
        if (--nest < 0) {
          return q;
        }
      } else if (nest == 0 && (k == stop || k == otherStop)) {
        return q;
      }
    }
    return n;
  }

  // ---- moving

  /** Moves past the current token. Kept within the 35 bytecodes the JIT inlines at every call site. */
  final void advance() {
    int q = Math.min(p + 1, n); // p stops at n, where the code is EOF
    p = q;
    current = code[q];
    gtSplit = 0;
  }

  /** Sets {@link #current} after {@link #p} or {@link #gtSplit} changed. */
  private void moved() {
    current = gtSplit > 0 ? Tok.GT : code[p];
  }

  /** Moves the cursor to significant token {@code q} ({@code q <= n}), outside any split {@code >>}. */
  final void moveTo(int q) {
    gtSplit = 0;
    p = q;
    current = code[q];
  }

  final boolean accept(int k) {
    if (c() == k) {
      advance();
      return true;
    }
    return false;
  }

  final void expect(int k, String what) {
    if (c() != k) {
      throw expected(what);
    }
    advance();
  }

  final String identifier(String what) {
    if (c() != Tok.IDENT) {
      throw expected(what);
    }
    String s = nameAt(p);
    advance();
    return s;
  }

  /** Closes a template argument list; a {@code >>} token closes two lists, one {@code >} at a time. */
  final void closeAngle() {
    if (gtSplit == 0 && p < n && code[p] == Tok.SHR) {
      gtSplit = 1;
      current = Tok.GT;
      return;
    }
    if (c() != Tok.GT) {
      throw error("expected '>'");
    }
    advance();
  }

  final int mark() {
    return p | (gtSplit << 30);
  }

  final void reset(int m) {
    p = m & ((1 << 30) - 1);
    gtSplit = m >>> 30;
    moved();
  }

  /** While speculating nobody reads the message, so one shared error saves building it. */
  private static final ParseError SPECULATION_FAILED = new ParseError("speculation failed", 0);

  final ParseError error(String message) {
    if (speculating > 0) {
      return SPECULATION_FAILED;
    }
    return new ParseError(message + (p < n ? " at '" + text() + "'" : " at end of input"), idx());
  }

  /** As {@code error("expected " + what)}, but builds no message while speculating, where most of these fail. */
  final ParseError expected(String what) {
    return speculating > 0 ? SPECULATION_FAILED : error("expected " + what);
  }

  final void enter() {
    if (++depth > MAX_DEPTH) {
      depth = 0;
      throw error("nesting too deep");
    }
  }

  final void leave() {
    depth--;
  }

  // ---- scratch records

  /** Where the lists of the tree are gathered before they are handed over at their size. */
  final ListScratch lists = new ListScratch();

  /**
   * Specifier and declarator records no longer read, for the next declaration to fill: one of
   * each per parameter and variable was a sixth of what parsing allocated. A record is given back
   * only where the tree has taken what it needs (the tree keeps its lists, which clearing
   * replaces); one lost to a parse error is simply left to the collector.
   */
  private final DeclSpec[] spareSpecs = new DeclSpec[16];
  private int spareSpecCount;
  private final Declarator[] spareDeclarators = new Declarator[16];
  private int spareDeclaratorCount;

  final DeclSpec obtainDeclSpec() {
    return spareSpecCount > 0 ? spareSpecs[--spareSpecCount].clear() : new DeclSpec();
  }

  /** Gives {@code ds} back; the caller reads it no more. */
  final void release(DeclSpec ds) {
    if (spareSpecCount < spareSpecs.length) {
      spareSpecs[spareSpecCount++] = ds;
    }
  }

  final Declarator obtainDeclarator() {
    return spareDeclaratorCount > 0 ? spareDeclarators[--spareDeclaratorCount].clear() : new Declarator();
  }

  /** Gives {@code d} back; the caller reads it no more. */
  final void release(Declarator d) {
    if (spareDeclaratorCount < spareDeclarators.length) {
      spareDeclarators[spareDeclaratorCount++] = d;
    }
  }

  // ---- recovery

  /** Skips one token, or a whole bracketed group when it opens one. */
  final void skipBalanced() {
    int open = c();
    int close = open == Tok.LPAREN ? Tok.RPAREN : open == Tok.LBRACKET ? Tok.RBRACKET
        : open == Tok.LBRACE ? Tok.RBRACE : -1;
    advance();
    if (close < 0) {
      return;
    }
    int nest = 1;
    int q = p;
    while (q < n && nest > 0) {
      int k = code[q];
      if (k == open) {
        nest++;
      } else if (k == close) {
        nest--;
      }
      q++;
    }
    moveTo(q);
  }

  /** Skips to just after the next {@code ;} or balanced {@code {...}} at this nesting level. */
  final void skipToDeclarationEnd() {
    while (p < n) {
      int k = code[p];
      if (k == Tok.SEMI) {
        advance();
        return;
      }
      if (k == Tok.RBRACE) {
        return;
      }
      if (k == Tok.LBRACE) {
        skipBalanced();
        if (c() == Tok.SEMI) {
          advance();
        }
        return;
      }
      skipBalanced();
    }
  }

  final void report(String code, String message, int at) {
    if (speculating > 0) {
      return;
    }
    boolean inside = at >= 0 && at < tokens.size();
    int line = !inside ? 1 : lexed != null ? lexed.line(at) : tokens.get(at).line();
    int col = !inside ? 1 : lexed != null ? lexed.column(at) : tokens.get(at).column();
    diagnostics.add(new Diagnostic(file, line, col, Diagnostic.Severity.WARNING, code, message,
        "the construct is kept as written; translation rules will not look inside it"));
  }
}
