package dev.kport.translator.lex;

/**
 * The distinct names of one file, numbered 0, 1, 2... in order of first sight. A file repeats the
 * same few hundred names thousands of times; with a number per distinct name a caller works out
 * what a name means once (the parser: is it a keyword? a type?) and keeps it in an array by
 * number, and every occurrence shares one {@code String}. The lexer numbers each name while it
 * reads its characters ({@link TokenList#nameId}), so no later stage hashes or compares a name's
 * text.
 *
 * <p>The texts come from the lexing thread's {@link NameDictionary}: a name seen in an earlier
 * file is the same {@code String}, its hash already computed, so the sets and maps later stages
 * look names up in hash nothing again. Immutable once made, and safe to read from any thread.
 */
public final class Spellings {

  /** By this file's number: the name's number in the dictionary's {@link #texts}. */
  private final int[] globals;
  /** The dictionary's texts when the file was numbered; later names never change these entries. */
  private final String[] texts;
  /** Made on the first {@link #find}: open addressing over this file's numbers by text hash. */
  private volatile int[] findSlots;

  Spellings(int[] globals, String[] texts) {
    this.globals = globals;
    this.texts = texts;
  }

  /** The number of the name {@code name} when the file has it, else -1. */
  public int find(String name) {
    int[] table = findSlots;
    if (table == null) {
      table = findTable();
      findSlots = table;
    }
    int mask = table.length - 1;
    for (int i = NameDictionary.mix(name.hashCode()) & mask; table[i] != 0; i = (i + 1) & mask) {
      int id = table[i] - 1;
      if (text(id).equals(name)) {
        return id;
      }
    }
    return -1;
  }

  private int[] findTable() {
    int[] table = new int[Integer.highestOneBit(Math.max(4, globals.length * 2)) * 2];
    int mask = table.length - 1;
    for (int id = 0; id < globals.length; id++) {
      int i = NameDictionary.mix(text(id).hashCode()) & mask;
      while (table[i] != 0) {
        i = (i + 1) & mask;
      }
      table[i] = id + 1;
    }
    return table;
  }

  /** The text of spelling {@code id}: one instance for every occurrence. */
  public String text(int id) {
    return texts[globals[id]];
  }

  /** How many distinct names: every number is below this. */
  public int size() {
    return globals.length;
  }
}
