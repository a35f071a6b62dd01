package dev.kport.translator.lex;

import java.util.Arrays;

/**
 * The names one thread has lexed, across files, each with a global number and one shared
 * {@code String}. Files of one code base repeat the same few thousand names ({@code threadIdx},
 * {@code float}, the project's own); numbering them afresh for every file made a new table, a new
 * string and a new string hash per distinct name per file, and every later stage that looked a
 * name up in a hash set paid that hash again. Here a name is added once per thread, and a file's
 * {@link Spellings} maps its own dense numbers (0, 1, 2... in order of first sight in the file) to
 * the global ones.
 *
 * <p>One per thread ({@link #forThread()}); not thread-safe, and never shared: a file's numbering
 * happens on one thread from start to end. Entries are never changed once added, so the texts a
 * finished {@link Spellings} reads stay valid after this dictionary grows. A dictionary past
 * {@link #MAX_NAMES} names is dropped for a new one at the next file, so a thread that lexes an
 * endless stream of distinct names holds a bounded table.
 */
final class NameDictionary {

  /**
   * Past this many names the thread starts a new dictionary: at most about 5 MB per thread (the
   * tables, and a String per name). The benchmark corpus of 20 MB has some 2,600 distinct names.
   */
  static final int MAX_NAMES = 1 << 15;

  private static final ThreadLocal<NameDictionary> OF_THREAD = new ThreadLocal<>();

  /** Open addressing, linear probing: slot to global number + 1, 0 when empty. */
  private int[] slots;
  /**
   * Two longs per slot. For names of up to 16 ASCII characters, the characters packed one per
   * byte, the first in the lowest byte of the first long (as they lie in memory, so the lexer
   * reads a key in one or two loads), the ninth on in the second (0 for a shorter name). For any
   * other name -1 and 0: it is compared by its characters.
   */
  private long[] slotKeys;
  private int[] slotHashes;
  /** By global number: the name's text, made once. */
  private String[] texts;
  /** By global number: where the name's characters are in {@link #pool}, for names compared by characters. */
  private int[] poolAt;
  private char[] pool = new char[1024];
  private int poolSize;
  private int size;

  /** By global number: the file number that last saw the name, and the name's number in that file. */
  private int[] seenIn;
  private int[] localOf;
  /** The file being numbered; {@link #seenIn} entries equal to it are this file's. */
  private int file;
  /** The current file's global numbers by its own numbers; {@link #fileSize} are filled. */
  private int[] globals = new int[256];
  private int fileSize;

  NameDictionary() {
    slots = new int[1024];
    slotKeys = new long[2048];
    slotHashes = new int[1024];
    texts = new String[512];
    poolAt = new int[512];
    seenIn = new int[512];
    localOf = new int[512];
  }

  /** This thread's dictionary, ready to number a new file. */
  static NameDictionary forThread() {
    NameDictionary d = OF_THREAD.get();
    if (d == null || d.size > MAX_NAMES) {
      d = new NameDictionary();
      OF_THREAD.set(d);
    }
    d.startFile();
    return d;
  }

  /** Starts numbering a new file from 0; every name is unseen in it. */
  void startFile() {
    if (++file == Integer.MAX_VALUE) { // four billion files on one thread: start the marks over
      Arrays.fill(seenIn, 0);
      file = 1;
    }
    fileSize = 0;
  }

  /**
   * The file's number of the name {@code buf[start, start + len)}, a name of at most 8 ASCII
   * characters whose characters packed one per byte are {@code key} (as the lexer packs them while
   * it reads). Small enough for the JIT to inline into the lexer's loop; the first sight of a name
   * in the thread goes out of line.
   */
  int numberOfShort(long key, char[] buf, int start, int len) {
    return numberOfKeys(key, 0, buf, start, len);
  }

  /**
   * As {@link #numberOfShort} for a name of up to 16 ASCII characters: {@code low} holds the first
   * eight, {@code high} the rest (0 for none), each packed as {@link #slotKeys} says.
   */
  int numberOfKeys(long low, long high, char[] buf, int start, int len) {
    int h = keyHash(low, high);
    int mask = slots.length - 1;
    int i = mix(h) & mask;
    int s;
    while ((s = slots[i]) != 0) {
      if (slotKeys[2 * i] == low && slotKeys[2 * i + 1] == high) {
        return local(s - 1);
      }
      i = (i + 1) & mask;
    }
    return local(add(i, h, low, high, buf, start, len));
  }

  private static int keyHash(long low, long high) {
    return (int) (low ^ (low >>> 29)) + 31 * (int) (high ^ (high >>> 29));
  }

  /** The file's number of any name {@code buf[start, start + len)} (ASCII or not, any length). */
  int number(char[] buf, int start, int len) {
    if (len <= 16) { // a name of up to 16 ASCII characters is always kept under its packed keys
      long low = packed(buf, start, Math.min(len, 8));
      long high = len > 8 ? packed(buf, start + 8, len - 8) : 0;
      if (low >= 0 && high >= 0) {
        return numberOfKeys(low, high, buf, start, len);
      }
    }
    int h = TokenTexts.hash(buf, start, start + len);
    int mask = slots.length - 1;
    int i = mix(h) & mask;
    int s;
    while ((s = slots[i]) != 0) {
      if (slotHashes[i] == h && slotKeys[2 * i] < 0 && sameText(s - 1, buf, start, len)) {
        return local(s - 1);
      }
      i = (i + 1) & mask;
    }
    return local(add(i, h, -1, 0, buf, start, len));
  }

  /** The file's number for global number {@code g}, given on its first sight in the file. */
  private int local(int g) {
    if (seenIn[g] == file) {
      return localOf[g];
    }
    return firstInFile(g);
  }

  private int firstInFile(int g) {
    seenIn[g] = file;
    int l = fileSize++;
    if (l == globals.length) {
      globals = Arrays.copyOf(globals, l * 2);
    }
    globals[l] = g;
    localOf[g] = l;
    return l;
  }

  /** The file's names, numbered: ends this file's numbering. */
  Spellings finishFile() {
    return new Spellings(Arrays.copyOf(globals, fileSize), texts);
  }

  /** The key of a name of at most 8 characters: see {@link #slotKeys}. */
  static long packed(char[] buf, int start, int len) {
    long key = 0;
    for (int j = 0; j < len; j++) {
      char c = buf[start + j];
      if (c == 0 || c >= 128) {
        return -1;
      }
      key |= (long) c << (j << 3);
    }
    return key;
  }

  private boolean sameText(int g, char[] buf, int start, int len) {
    if (texts[g].length() != len) {
      return false;
    }
    int from = poolAt[g];
    char[] a = pool;
    for (int j = 0; j < len; j++) {
      if (a[from + j] != buf[start + j]) {
        return false;
      }
    }
    return true;
  }

  /** Adds the name at {@code slot}, its text copied out of the file. */
  private int add(int slot, int h, long key, long high, char[] buf, int start, int len) {
    int g = size++;
    if (g == texts.length) {
      int capacity = g * 2;
      texts = Arrays.copyOf(texts, capacity);
      poolAt = Arrays.copyOf(poolAt, capacity);
      seenIn = Arrays.copyOf(seenIn, capacity);
      localOf = Arrays.copyOf(localOf, capacity);
    }
    texts[g] = TokenTexts.common(buf, start, start + len);
    if (key < 0) {
      if (poolSize + len > pool.length) {
        pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + len));
      }
      System.arraycopy(buf, start, pool, poolSize, len);
      poolAt[g] = poolSize;
      poolSize += len;
    }
    slots[slot] = g + 1;
    slotHashes[slot] = h;
    slotKeys[2 * slot] = key;
    slotKeys[2 * slot + 1] = high;
    if (size * 2 > slots.length) {
      rehash();
    }
    return g;
  }

  private void rehash() {
    int[] old = slots;
    int[] oldHashes = slotHashes;
    long[] oldKeys = slotKeys;
    slots = new int[old.length * 2];
    slotHashes = new int[slots.length];
    slotKeys = new long[2 * slots.length];
    int mask = slots.length - 1;
    for (int i = 0; i < old.length; i++) {
      if (old[i] != 0) {
        int j = mix(oldHashes[i]) & mask;
        while (slots[j] != 0) {
          j = (j + 1) & mask;
        }
        slots[j] = old[i];
        slotHashes[j] = oldHashes[i];
        slotKeys[2 * j] = oldKeys[2 * i];
        slotKeys[2 * j + 1] = oldKeys[2 * i + 1];
      }
    }
  }

  /** Spreads the hash so that short, similar names do not crowd neighbouring slots. */
  static int mix(int h) {
    int x = h * 0x9E3779B1;
    return x ^ (x >>> 16);
  }
}
