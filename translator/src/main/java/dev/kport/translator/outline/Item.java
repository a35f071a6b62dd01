package dev.kport.translator.outline;

/**
 * One top-level piece of a file, as a token index range.
 *
 * @param start first token, including the comments and blank-free lines attached before it
 * @param end one past the last token, including the rest of its last line
 * @param first the first non-trivia token, or -1 for {@link Kind#TRIVIA}
 * @param last the last non-trivia token, or -1 for {@link Kind#TRIVIA}
 */
public record Item(Kind kind, int start, int end, int first, int last) {

  public enum Kind {
    /** Comments and blank lines that belong to no declaration. */
    TRIVIA,
    /** One preprocessor line. */
    DIRECTIVE,
    /** A declaration ending in {@code ;} or a function definition ending in its body's brace. */
    DECLARATION,
    /** {@code extern "C" {}: its contents are top-level items of their own. */
    LINKAGE_OPEN,
    /** The brace closing an {@code extern "C"} block. */
    LINKAGE_CLOSE,
    /** A closing bracket with nothing open: kept, never interpreted. */
    STRAY
  }
}
