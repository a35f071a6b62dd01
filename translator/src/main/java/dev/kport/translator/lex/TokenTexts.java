package dev.kport.translator.lex;

/**
 * Shared token texts. Keywords, punctuators, blank runs and CUDA builtins are most of the tokens
 * anyone asks the text of; they come from one static table, so they are the same instances in
 * every file, with their hash already computed. Other texts are substrings made on demand;
 * {@link Spellings} shares those within one file for the parser.
 */
final class TokenTexts {

  /** Longer texts (comments, directives, long literals) are rarely repeated: plain substrings. */
  static final int MAX_SHARED_LENGTH = 24;

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
  /** Two-character texts of the table ({@code ->}, {@code \r\n}, two blanks) by {@code first * 128 + second}. */
  private static final String[] PAIRS = new String[128 * 128];
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
      } else if (s.length() == 2 && s.charAt(0) < 128 && s.charAt(1) < 128) {
        PAIRS[s.charAt(0) * 128 + s.charAt(1)] = s;
      }
    }
    for (int n = 1; n <= MAX_SHARED_LENGTH; n++) {
      pool.append(SPACES[n]);
    }
    PAIRS[' ' * 128 + ' '] = SPACES[2];
    POOL = pool.toString().toCharArray();
    STATIC = new Table(2048);
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

  private TokenTexts() {}

  /** The text of {@code buf[start, end)} (which is {@code src}'s): a static instance when common, else a substring. */
  static String common(String src, char[] buf, int start, int end) {
    String shared = shared(buf, start, end);
    return shared != null ? shared : src.substring(start, end);
  }

  /** As {@link #common(String, char[], int, int)} for characters that are no string's: a new string when not common. */
  static String common(char[] buf, int start, int end) {
    String shared = shared(buf, start, end);
    return shared != null ? shared : new String(buf, start, end - start);
  }

  /** The static instance with the text {@code buf[start, end)}, or null. */
  private static String shared(char[] buf, int start, int end) {
    int len = end - start;
    if (len > MAX_SHARED_LENGTH) {
      return null;
    }
    if (len <= 2) { // punctuators, line ends, blanks: most tokens, found without hashing
      char a = buf[start];
      char b = len == 2 ? buf[start + 1] : 0;
      String known = a >= 128 || b >= 128 ? null : len == 1 ? SINGLES[a] : PAIRS[a * 128 + b];
      if (known != null) {
        return known;
      }
    }
    return STATIC.keys[STATIC.slot(hash(buf, start, end), buf, start, len)];
  }

  /**
   * A hash of {@code text[start, end)} from its length and the characters at both ends: no loop
   * over the text. Names differ mostly there ({@code threadIdx}, {@code blockIdx}, {@code a0},
   * {@code a1}); texts that collide are told apart by comparing characters, which a hit needs anyway.
   */
  static int hash(char[] text, int start, int end) {
    int len = end - start;
    if (len == 0) {
      return 0;
    }
    int h = len * 0x01000193;
    h = (h ^ text[start]) * 0x01000193;
    h = (h ^ text[end - 1]) * 0x01000193;
    if (len > 2) {
      h = (h ^ text[start + 1]) * 0x01000193;
      h = (h ^ text[end - 2]) * 0x01000193;
      h = (h ^ text[start + (len >> 1)]) * 0x01000193;
    }
    return h;
  }

  /**
   * Open addressing with linear probing. Each key remembers where its characters lie, at
   * {@code -offset - 1} in the static {@link #POOL}, so a probe compares two char arrays and
   * allocates nothing.
   */
  private static final class Table {
    String[] keys;
    int[] offsets;
    int[] hashes;
    int size;

    Table(int slots) {
      keys = new String[slots];
      offsets = new int[slots];
      hashes = new int[slots];
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
      char[] a = POOL;
      int from = -offset - 1;
      for (int j = 0; j < len; j++) {
        if (a[from + j] != text[start + j]) {
          return false;
        }
      }
      return true;
    }

    /** Adds a static text found at {@code poolAt} in the pool, unless already there. */
    void put(String key, int poolAt) {
      int h = hash(POOL, poolAt, poolAt + key.length());
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
