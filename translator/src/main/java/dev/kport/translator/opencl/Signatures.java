package dev.kport.translator.opencl;

import dev.kport.translator.emit.SourceText;
import dev.kport.translator.iface.KernelArg.Space;
import dev.kport.translator.lex.TokenKind;
import dev.kport.translator.outline.Tokens;
import java.util.Locale;

/** Small edits on declaration heads that the kernel and device-function rules share. */
final class Signatures {

  private Signatures() {}

  /** Deletes the word at {@code j} and the blanks after it, so no double space is left behind. */
  static void deleteWord(SourceText text, int j) {
    int end = j + 1;
    if (end < text.tokens().size() && text.token(end).kind() == TokenKind.WHITESPACE) {
      end++;
    }
    text.edits().delete(j, end);
  }

  /** Deletes {@code word(...)} starting at {@code j}, e.g. {@code __launch_bounds__(256, 2)}. */
  static int deleteWordWithArguments(SourceText text, int j, int limit) {
    int open = Tokens.nextSignificant(text.tokens(), j + 1, limit);
    if (!Tokens.is(text.tokens(), open, "(")) {
      deleteWord(text, j);
      return j;
    }
    int close = Tokens.matching(text.tokens(), open, limit);
    int end = close + 1;
    if (end < text.tokens().size() && text.token(end).kind() == TokenKind.WHITESPACE) {
      end++;
    }
    text.edits().delete(j, end);
    return close;
  }

  /** The OpenCL keyword for a pointer's memory, with a trailing blank; empty for private (the default). */
  static String keyword(Space space) {
    return space == Space.PRIVATE ? "" : "__" + space.name().toLowerCase(Locale.ROOT) + " ";
  }
}
