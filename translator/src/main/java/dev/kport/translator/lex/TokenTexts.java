package dev.kport.translator.lex;

/**
 * Shared token texts. A file repeats the same few hundred identifiers, punctuators and blank
 * runs thousands of times; handing out one {@code String} per distinct short text saves an
 * allocation per token, and later stages get texts whose hash is already computed and that
 * compare equal by identity first. Keywords, punctuators and CUDA builtins come from one static
 * table, so they are the same instances in every file; other short texts are shared within one
 * lexer run.
 */
final class TokenTexts {

  /** Longer texts (comments, directives, long literals) are rarely repeated: plain substrings. */
  static final int MAX_SHARED_LENGTH = 24;
  /** Inputs shorter than this share only the static texts. */
  private static final int SMALL = 512;

  private static final String[] COMMON = {
    // punctuators, digraphs and launch brackets
    "%:%:", "<<=", ">>=", "...", "->*", "<=>", "::", "->", "++", "--", "<<", ">>", "<=", ">=", "==", "!=", "&&",
    "||", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "##", ".*", "<:", ":>", "<%", "%>", "%:", "{", "}", "[",
    "]", "(", ")", "<", ">", ";", ":", ",", ".", "?", "~", "!", "+", "-", "*", "/", "%", "^", "&", "|", "=", "#",
    "<<<", ">>>",
    // line ends and the usual blanks
    "\n", "\r\n", "\r", "\t", "\t\t", "\t\t\t",
    // C and C++ words
    "auto", "bool", "break", "case", "catch", "char", "class", "const", "constexpr", "const_cast", "continue",
    "decltype", "default", "delete", "do", "double", "dynamic_cast", "else", "enum", "explicit", "extern", "false",
    "float", "for", "friend", "goto", "if", "inline", "int", "long", "mutable", "namespace", "new", "noexcept",
    "nullptr", "operator", "private", "protected", "public", "register", "reinterpret_cast", "return", "short",
    "signed", "sizeof", "static", "static_assert", "static_cast", "struct", "switch", "template", "this", "throw",
    "true", "try", "typedef", "typename", "union", "unsigned", "using", "virtual", "void", "volatile", "while",
    "size_t", "std", "define", "include", "ifdef", "ifndef", "endif", "pragma", "unroll",
    // CUDA
    "__global__", "__device__", "__host__", "__shared__", "__constant__", "__managed__", "__forceinline__",
    "__noinline__", "__launch_bounds__", "__restrict__", "__syncthreads", "threadIdx", "blockIdx", "blockDim",
    "gridDim", "warpSize", "x", "y", "z", "w", "dim3", "float2", "float3", "float4", "int2", "int4", "atomicAdd",
    "cudaMalloc", "cudaFree", "cudaMemcpy", "cudaStream_t", "cudaError_t", "cudaSuccess",
    // small numbers
    "0", "1", "2", "3", "4", "8", "16", "32", "64", "128", "256", "512", "1024", "0.0f", "1.0f", "0.5f", "2.0f",
  };

  /** Runs of 1 to {@link #MAX_SHARED_LENGTH} spaces, the most common whitespace by far. */
  private static final String[] SPACES = new String[MAX_SHARED_LENGTH + 1];
  /** Single-character punctuators by character. */
  private static final String[] SINGLES = new String[128];
  /** The characters of every static text, end to end; static entries point into it. */
  private static final char[] POOL;
  private static final Table STATIC;

  static {
    StringBuilder pool = new StringBuilder();
    for (int n = 1; n <= MAX_SHARED_LENGTH; n++) {
      SPACES[n] = " ".repeat(n);
    }
    for (String s : COMMON) {
      pool.append(s);
      if (s.length() == 1 && s.charAt(0) < 128) {
        SINGLES[s.charAt(0)] = s;
      }
    }
    for (int n = 1; n <= MAX_SHARED_LENGTH; n++) {
      pool.append(SPACES[n]);
    }
    POOL = pool.toString().toCharArray();
    STATIC = new Table(2048, null);
    int at = 0;
    for (String s : COMMON) {
      STATIC.put(s, at);
      at += s.length();
    }
    for (int n = 1; n <= MAX_SHARED_LENGTH; n++) {
      STATIC.put(SPACES[n], at);
      at += n;
    }
  }

  /** {@code n} spaces, or null when {@code n} is past the shared lengths. */
  static String spaces(int n) {
    return n <= MAX_SHARED_LENGTH ? SPACES[n] : null;
  }

  /** The one-character punctuator {@code c}, or null. */
  static String single(char c) {
    return c < 128 ? SINGLES[c] : null;
  }

  private final String src;
  private final char[] buf;
  private final Table local;

  TokenTexts(String src, char[] buf) {
    this.src = src;
    this.buf = buf;
    // about one new text in a hundred characters of real code; the table grows when there are more.
    // A short text (a directive body the preprocessor lexes again) repeats too little to pay for one.
    this.local = buf.length < SMALL ? null : new Table(Integer.highestOneBit(buf.length / 64) * 2, buf);
  }

  /** The text of {@code buf[start, end)}: a shared instance when short, else a fresh substring. */
  String text(int start, int end) {
    if (end - start > MAX_SHARED_LENGTH) {
      return src.substring(start, end);
    }
    return text(start, end, hash(buf, start, end));
  }

  /** As {@link #text(int, int)} with the range's hash already computed by the scanner. */
  String text(int start, int end, int h) {
    int len = end - start;
    if (len > MAX_SHARED_LENGTH) {
      return src.substring(start, end);
    }
    if (local == null) {
      String common = STATIC.keys[STATIC.slot(h, buf, start, len)];
      return common != null ? common : src.substring(start, end);
    }
    int slot = local.slot(h, start, len);
    String known = local.keys[slot];
    if (known != null) {
      return known;
    }
    // first time in this file: a common text, or a new one; either way the next lookup hits at once
    int common = STATIC.slot(h, buf, start, len);
    if (STATIC.keys[common] != null) {
      local.putAt(slot, STATIC.keys[common], STATIC.offsets[common], h);
      return STATIC.keys[common];
    }
    String fresh = src.substring(start, end);
    local.putAt(slot, fresh, start, h);
    return fresh;
  }

  /** The same value as {@link String#hashCode()} of the range. */
  static int hash(char[] text, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + text[i];
    }
    return h;
  }

  /**
   * Open addressing with linear probing. Each key remembers where its characters lie: at
   * {@code offset} in the file being lexed, or at {@code -offset - 1} in the static {@link #POOL};
   * so a probe compares two char arrays and allocates nothing.
   */
  private static final class Table {
    private final char[] file;
    String[] keys;
    int[] offsets;
    int[] hashes;
    int size;

    Table(int slots, char[] file) {
      this.file = file;
      keys = new String[slots];
      offsets = new int[slots];
      hashes = new int[slots];
    }

    /** The slot holding the text {@code file[start, start + len)}, or the empty slot where it belongs. */
    int slot(int h, int start, int len) {
      return slot(h, file, start, len);
    }

    int slot(int h, char[] text, int start, int len) {
      int mask = keys.length - 1;
      int i = mix(h) & mask;
      while (true) {
        String k = keys[i];
        if (k == null || (hashes[i] == h && k.length() == len && same(offsets[i], text, start, len))) {
          return i;
        }
        i = (i + 1) & mask;
      }
    }

    private boolean same(int offset, char[] text, int start, int len) {
      char[] a = offset >= 0 ? file : POOL;
      int from = offset >= 0 ? offset : -offset - 1;
      for (int j = 0; j < len; j++) {
        if (a[from + j] != text[start + j]) {
          return false;
        }
      }
      return true;
    }

    /** Adds a static text found at {@code poolAt} in the pool, unless already there. */
    void put(String key, int poolAt) {
      int h = key.hashCode();
      int i = slot(h, POOL, poolAt, key.length());
      if (keys[i] == null) {
        putAt(i, key, -poolAt - 1, h);
      }
    }

    void putAt(int i, String key, int offset, int h) {
      keys[i] = key;
      offsets[i] = offset;
      hashes[i] = h;
      if (++size * 2 > keys.length) {
        grow();
      }
    }

    private void grow() {
      String[] oldKeys = keys;
      int[] oldOffsets = offsets;
      int[] oldHashes = hashes;
      keys = new String[oldKeys.length * 2];
      offsets = new int[keys.length];
      hashes = new int[keys.length];
      int mask = keys.length - 1;
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] != null) {
          int j = mix(oldHashes[i]) & mask;
          while (keys[j] != null) {
            j = (j + 1) & mask;
          }
          keys[j] = oldKeys[i];
          offsets[j] = oldOffsets[i];
          hashes[j] = oldHashes[i];
        }
      }
    }

    /** Spreads the string hash so that short, similar texts do not crowd neighbouring slots. */
    private static int mix(int h) {
      int x = h * 0x9E3779B1;
      return x ^ (x >>> 16);
    }
  }
}
