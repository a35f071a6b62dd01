package dev.kport.translator.lex;

import java.util.Arrays;

/**
 * The distinct texts of one file's tokens, numbered in order of first sight. A file repeats the
 * same few hundred names thousands of times; with a number per distinct text a caller works out
 * what a name means once (the parser: is it a keyword?) and keeps it in an array by number, and
 * every occurrence shares one {@code String}. Not thread-safe: one per user.
 */
public final class Spellings {

  private final TokenList list;
  private final char[] buf;
  /** Open addressing, linear probing: slot to spelling number + 1, 0 when empty. */
  private int[] slots;
  private int[] slotHashes;
  /** For names of up to 8 ASCII characters, the characters packed into one long; else -1. */
  private long[] slotKeys;
  private String[] texts = new String[256];
  /** Where each spelling was first seen: its characters, compared without touching the string. */
  private int[] firstAt = new int[256];
  private int size;

  public Spellings(TokenList list) {
    this.list = list;
    this.buf = list.buf();
    int capacity = Math.max(256, Integer.highestOneBit(Math.max(1, list.size() / 8)) * 2);
    slots = new int[capacity];
    slotHashes = new int[capacity];
    slotKeys = new long[capacity];
  }

  /** The number of token {@code index}'s text, the same for every token with the same text. */
  public int id(int index) {
    int start = list.offset(index);
    int len = list.end(index) - start;
    long key = packed(start, len);
    if (key >= 0) {
      return idOfShort(key, index);
    }
    int h = TokenTexts.hash(buf, start, start + len);
    int mask = slots.length - 1;
    int i = mix(h) & mask;
    while (true) {
      int s = slots[i];
      if (s == 0) {
        return add(i, h, -1, index);
      }
      if (slotHashes[i] == h && slotKeys[i] < 0 && sameText(s - 1, start, len)) {
        return s - 1;
      }
      i = (i + 1) & mask;
    }
  }

  /**
   * Most names are short and ASCII; packed into a long they are found by comparing one number,
   * without reading the characters of their first occurrence again.
   */
  private int idOfShort(long key, int index) {
    int h = (int) (key ^ (key >>> 29));
    int mask = slots.length - 1;
    int i = mix(h) & mask;
    while (true) {
      int s = slots[i];
      if (s == 0) {
        return add(i, h, key, index);
      }
      if (slotKeys[i] == key) {
        return s - 1;
      }
      i = (i + 1) & mask;
    }
  }

  /** The characters of {@code buf[start, start + len)} one per byte, or -1 when longer than 8 or not ASCII. */
  private long packed(int start, int len) {
    if (len > 8) {
      return -1;
    }
    long key = 0;
    for (int j = 0; j < len; j++) {
      char c = buf[start + j];
      if (c == 0 || c >= 128) {
        return -1;
      }
      key = key << 8 | c;
    }
    return key;
  }

  /** The text of spelling {@code id}. */
  public String text(int id) {
    return texts[id];
  }

  /** How many distinct texts so far: every id is below this. */
  public int size() {
    return size;
  }

  private boolean sameText(int id, int start, int len) {
    if (texts[id].length() != len) {
      return false;
    }
    int from = firstAt[id];
    for (int j = 0; j < len; j++) {
      if (buf[from + j] != buf[start + j]) {
        return false;
      }
    }
    return true;
  }

  private int add(int slot, int h, long key, int index) {
    int id = size++;
    if (id == texts.length) {
      texts = Arrays.copyOf(texts, id * 2);
      firstAt = Arrays.copyOf(firstAt, id * 2);
    }
    texts[id] = list.text(index);
    firstAt[id] = list.offset(index);
    slots[slot] = id + 1;
    slotHashes[slot] = h;
    slotKeys[slot] = key;
    if (size * 2 > slots.length) {
      rehash();
    }
    return id;
  }

  private void rehash() {
    int[] old = slots;
    int[] oldHashes = slotHashes;
    long[] oldKeys = slotKeys;
    slots = new int[old.length * 2];
    slotHashes = new int[slots.length];
    slotKeys = new long[slots.length];
    int mask = slots.length - 1;
    for (int i = 0; i < old.length; i++) {
      if (old[i] != 0) {
        int j = mix(oldHashes[i]) & mask;
        while (slots[j] != 0) {
          j = (j + 1) & mask;
        }
        slots[j] = old[i];
        slotHashes[j] = oldHashes[i];
        slotKeys[j] = oldKeys[i];
      }
    }
  }

  /** Spreads the string hash so that short, similar names do not crowd neighbouring slots. */
  private static int mix(int h) {
    int x = h * 0x9E3779B1;
    return x ^ (x >>> 16);
  }
}
