package dev.kport.translator.preprocess;

/**
 * The words directives name (macro names, {@code #ifndef} operands, system header names) as one
 * shared String per spelling on each thread. Every file of a project writes the same few dozen
 * ({@code BLOCK}, {@code cuda_runtime.h}): copying each out of its line made a new String, and
 * hashing it for the macro table walked its characters again; a shared one is not copied and
 * keeps its hash. Strings are values, so sharing them across files changes no answer.
 */
final class DirectiveWords {

  private static final ThreadLocal<DirectiveWords> OF_THREAD = ThreadLocal.withInitial(DirectiveWords::new);
  /** Slots; when half are used the table is emptied: an unusual file cannot make it grow. */
  private static final int SLOTS = 1024;
  /** Longer words are rare and copied as before. */
  private static final int LONGEST = 64;

  private final String[] words = new String[SLOTS];
  private final int[] hashes = new int[SLOTS];
  private int used;

  private DirectiveWords() {}

  /** This thread's words: only ever used by the thread that took it. */
  static DirectiveWords ofThread() {
    return OF_THREAD.get();
  }

  /** {@code src.substring(from, to)}, the same instance each time the same spelling is asked for. */
  String word(String src, int from, int to) {
    int length = to - from;
    if (length > LONGEST) {
      return src.substring(from, to);
    }
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + src.charAt(i); // String.hashCode's, so a new word's hash is this one
    }
    int mask = SLOTS - 1;
    int i = (h ^ (h >>> 16)) & mask;
    while (true) {
      String w = words[i];
      if (w == null) {
        return add(i, h, src.substring(from, to));
      }
      if (hashes[i] == h && w.length() == length && src.regionMatches(from, w, 0, length)) {
        return w;
      }
      i = (i + 1) & mask;
    }
  }

  private String add(int slot, int hash, String word) {
    if (used * 2 >= SLOTS) {
      java.util.Arrays.fill(words, null);
      used = 0;
      return word; // not kept: the next asking fills the emptied table
    }
    words[slot] = word;
    hashes[slot] = hash;
    used++;
    return word;
  }
}
