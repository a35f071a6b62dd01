package dev.kport.translator.lex;

import java.util.Arrays;

/**
 * The distinct names of one file, numbered in order of first sight. A file repeats the same few
 * hundred names thousands of times; with a number per distinct name a caller works out what a
 * name means once (the parser: is it a keyword? a type?) and keeps it in an array by number, and
 * every occurrence shares one {@code String}. The lexer numbers each name while it reads its
 * characters ({@link TokenList#nameId}), so no later stage hashes or compares a name's text.
 * Read-only once lexing is done; the texts are made when first asked for.
 */
public final class Spellings {

  private final String src;
  private final char[] buf;
  /** Open addressing, linear probing: slot to spelling number + 1, 0 when empty. */
  private int[] slots;
  private int[] slotHashes;
  /** For names of up to 8 ASCII characters, the characters packed into one long; else -1. */
  private long[] slotKeys;
  private String[] texts;
  /** Where each spelling was first seen, and its length: compared without making the string. */
  private int[] firstAt;
  private int[] lengths;
  private int size;

  Spellings(String src, char[] buf) {
    this.src = src;
    this.buf = buf;
    // sized by the text: the lexer also reads macro bodies of a few characters, many times over
    int capacity = Math.max(8, Integer.highestOneBit(Math.max(1, buf.length / 64)) * 2);
    slots = new int[capacity];
    texts = new String[capacity / 2];
    firstAt = new int[capacity / 2];
    lengths = new int[capacity / 2];
    slotHashes = new int[capacity];
    slotKeys = new long[capacity];
  }

  /**
   * The number of the name {@code buf[start, start + len)}; {@code key} is its characters packed
   * one per byte when it has at most 8, all ASCII (the lexer packs them as it reads), else -1.
   */
  int number(int start, int len, long key) {
    if (key < 0 && len <= 8) {
      key = packed(start, len); // a short name is always kept under its packed key
    }
    if (key >= 0) {
      return numberOfShort(key, start, len);
    }
    int h = TokenTexts.hash(buf, start, start + len);
    int mask = slots.length - 1;
    int i = mix(h) & mask;
    while (true) {
      int s = slots[i];
      if (s == 0) {
        return add(i, h, -1, start, len);
      }
      if (slotHashes[i] == h && slotKeys[i] < 0 && sameText(s - 1, start, len)) {
        return s - 1;
      }
      i = (i + 1) & mask;
    }
  }

  /** Most names are short and ASCII: found by comparing one number, not their characters. */
  int numberOfShort(long key, int start, int len) {
    int h = (int) (key ^ (key >>> 29));
    int mask = slots.length - 1;
    int i = mix(h) & mask;
    while (true) {
      int s = slots[i];
      if (s == 0) {
        return add(i, h, key, start, len);
      }
      if (slotKeys[i] == key) {
        return s - 1;
      }
      i = (i + 1) & mask;
    }
  }

  private long packed(int start, int len) {
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

  /** The number of the name {@code name} when the file has it, else -1. */
  public int find(String name) {
    int len = name.length();
    if (len == 0) {
      return -1;
    }
    long key = -1;
    if (len <= 8) {
      key = 0;
      for (int j = 0; j < len && key >= 0; j++) {
        char c = name.charAt(j);
        key = c == 0 || c >= 128 ? -1 : key << 8 | c;
      }
    }
    int mask = slots.length - 1;
    if (key >= 0) {
      for (int i = mix((int) (key ^ (key >>> 29))) & mask; slots[i] != 0; i = (i + 1) & mask) {
        if (slotKeys[i] == key) {
          return slots[i] - 1;
        }
      }
      return -1;
    }
    char[] chars = name.toCharArray();
    int h = TokenTexts.hash(chars, 0, len);
    for (int i = mix(h) & mask; slots[i] != 0; i = (i + 1) & mask) {
      int id = slots[i] - 1;
      if (slotHashes[i] == h && slotKeys[i] < 0 && lengths[id] == len
          && java.util.Arrays.equals(buf, firstAt[id], firstAt[id] + len, chars, 0, len)) {
        return id;
      }
    }
    return -1;
  }

  /** The text of spelling {@code id}: one instance for every occurrence. */
  public String text(int id) {
    String t = texts[id];
    if (t == null) {
      t = TokenTexts.common(src, buf, firstAt[id], firstAt[id] + lengths[id]);
      texts[id] = t;
    }
    return t;
  }

  /** How many distinct names: every number is below this. */
  public int size() {
    return size;
  }

  private boolean sameText(int id, int start, int len) {
    if (lengths[id] != len) {
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

  private int add(int slot, int h, long key, int start, int len) {
    int id = size++;
    if (id == firstAt.length) {
      texts = Arrays.copyOf(texts, id * 2 + 4);
      firstAt = Arrays.copyOf(firstAt, id * 2 + 4);
      lengths = Arrays.copyOf(lengths, id * 2 + 4);
    }
    firstAt[id] = start;
    lengths[id] = len;
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

  /** Spreads the hash so that short, similar names do not crowd neighbouring slots. */
  private static int mix(int h) {
    int x = h * 0x9E3779B1;
    return x ^ (x >>> 16);
  }
}
