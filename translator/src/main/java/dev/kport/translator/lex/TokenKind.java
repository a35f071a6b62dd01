package dev.kport.translator.lex;

/** What a run of source text is. */
public enum TokenKind {
  /** Spaces, tabs, form feeds, vertical tabs, and backslash-newline splices outside directives. */
  WHITESPACE,
  /** One line end: {@code \n}, {@code \r\n} or a lone {@code \r}. */
  NEWLINE,
  /** {@code // ...} up to, not including, the line end. */
  LINE_COMMENT,
  /** {@code /* ... *}{@code /}; runs to the end of input when unterminated. */
  BLOCK_COMMENT,
  /** A whole preprocessor line from {@code #}, with backslash continuations, without the final line end. */
  DIRECTIVE,
  IDENTIFIER,
  /** A preprocessing number: decimal, hex, binary, octal, exponents, suffixes, {@code '} separators. */
  NUMBER,
  /** A string literal with its prefix ({@code L u8 u U}) and raw strings; may be unterminated. */
  STRING,
  /** A character literal with its prefix; may be unterminated. */
  CHAR,
  /** An operator or punctuator, longest match, digraphs included. */
  PUNCTUATOR,
  /** {@code <<<} opening a kernel launch configuration. */
  LAUNCH_OPEN,
  /** {@code >>>} closing a launch configuration (only while one is open). */
  LAUNCH_CLOSE,
  /** A character that starts no token: a stray byte, {@code @}, a backtick, a lone backslash. */
  UNKNOWN;

  /** Whitespace, line ends and comments: text a translation keeps but no rule looks at. */
  public boolean isTrivia() {
    return this == WHITESPACE || this == NEWLINE || this == LINE_COMMENT || this == BLOCK_COMMENT;
  }
}
