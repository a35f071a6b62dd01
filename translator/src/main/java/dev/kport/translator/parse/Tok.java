package dev.kport.translator.parse;

import dev.kport.translator.lex.Token;
import dev.kport.translator.lex.TokenKind;
import java.util.HashMap;
import java.util.Map;

/**
 * Small integer codes for the tokens the parser looks at. The parser compares ints, not strings,
 * because it asks "is this a '('?" several times per token and that is the hot path.
 */
final class Tok {
  private Tok() {}

  static final int EOF = 0, IDENT = 1, NUMBER = 2, STRING = 3, CHAR = 4, UNKNOWN = 5;
  static final int LAUNCH_OPEN = 6, LAUNCH_CLOSE = 7, OTHER = 8;

  // punctuators
  static final int LPAREN = 10, RPAREN = 11, LBRACE = 12, RBRACE = 13, LBRACKET = 14, RBRACKET = 15;
  static final int SEMI = 16, COMMA = 17, COLON = 18, SCOPE = 19, LT = 20, GT = 21, SHR = 22;
  static final int STAR = 23, AMP = 24, LAND = 25, ASSIGN = 26, ELLIPSIS = 27, DOT = 28, ARROW = 29;
  static final int QUESTION = 30, TILDE = 31, NOT = 32, PLUS = 33, MINUS = 34, INC = 35, DEC = 36;
  static final int SLASH = 37, PERCENT = 38, SHL = 39, LE = 40, GE = 41, EQ = 42, NE = 43, PIPE = 44;
  static final int LOR = 45, CARET = 46, SPACESHIP = 47, DOTSTAR = 48, ARROWSTAR = 49;
  static final int PLUS_ASSIGN = 50, MINUS_ASSIGN = 51, STAR_ASSIGN = 52, SLASH_ASSIGN = 53;
  static final int PERCENT_ASSIGN = 54, SHL_ASSIGN = 55, SHR_ASSIGN = 56, AND_ASSIGN = 57;
  static final int OR_ASSIGN = 58, XOR_ASSIGN = 59, HASH = 60;

  // keywords that start or shape declarations
  static final int K_TEMPLATE = 100, K_TYPENAME = 101, K_CLASS = 102, K_STRUCT = 103, K_UNION = 104;
  static final int K_ENUM = 105, K_NAMESPACE = 106, K_USING = 107, K_TYPEDEF = 108, K_EXTERN = 109;
  static final int K_STATIC = 110, K_INLINE = 111, K_CONST = 112, K_VOLATILE = 113, K_CONSTEXPR = 114;
  static final int K_VIRTUAL = 115, K_EXPLICIT = 116, K_FRIEND = 117, K_MUTABLE = 118, K_REGISTER = 119;
  static final int K_THREAD_LOCAL = 120, K_OPERATOR = 121, K_PUBLIC = 122, K_PRIVATE = 123;
  static final int K_PROTECTED = 124, K_STATIC_ASSERT = 125, K_DECLTYPE = 126, K_AUTO = 127;
  static final int K_RESTRICT = 128, K_ALIGNAS = 129, K_ATTRIBUTE = 130, K_DECLSPEC = 131;
  static final int K_NOEXCEPT = 132, K_OVERRIDE = 133, K_FINAL = 134, K_CONSTEVAL = 135;
  static final int K_CONSTINIT = 136;
  // CUDA
  static final int C_GLOBAL = 140, C_DEVICE = 141, C_HOST = 142, C_SHARED = 143, C_CONSTANT = 144;
  static final int C_MANAGED = 145, C_FORCEINLINE = 146, C_NOINLINE = 147, C_LAUNCH_BOUNDS = 148;
  static final int C_ALIGN = 149, C_INLINE = 150, C_GRID_CONSTANT = 151;
  // builtin type words
  static final int T_VOID = 160, T_BOOL = 161, T_CHAR = 162, T_SHORT = 163, T_INT = 164, T_LONG = 165;
  static final int T_FLOAT = 166, T_DOUBLE = 167, T_SIGNED = 168, T_UNSIGNED = 169, T_WCHAR = 170;
  static final int T_CHAR16 = 171, T_CHAR32 = 172, T_CHAR8 = 173, T_INT128 = 174;
  // statements and expressions
  static final int K_IF = 180, K_ELSE = 181, K_FOR = 182, K_WHILE = 183, K_DO = 184, K_SWITCH = 185;
  static final int K_CASE = 186, K_DEFAULT = 187, K_BREAK = 188, K_CONTINUE = 189, K_RETURN = 190;
  static final int K_GOTO = 191, K_TRY = 192, K_CATCH = 193, K_ASM = 194, K_SIZEOF = 195;
  static final int K_ALIGNOF = 196, K_NEW = 197, K_DELETE = 198, K_THIS = 199, K_TRUE = 200;
  static final int K_FALSE = 201, K_NULLPTR = 202, K_STATIC_CAST = 203, K_DYNAMIC_CAST = 204;
  static final int K_CONST_CAST = 205, K_REINTERPRET_CAST = 206, K_THROW = 207, K_TYPEID = 208;
  static final int K_CO_RETURN = 209;
  static final int LIMIT = 210;

  private static final Map<String, Integer> CODES = new HashMap<>(512);
  private static final int BUCKETS = 2048;
  private static final String[][] WORDS = new String[BUCKETS][];
  private static final int[][] WORD_CODES = new int[BUCKETS][];
  /** Codes of one- and two-character punctuators, indexed by their characters: no hashing per token. */
  private static final int[] PUNCT1 = new int[128];
  /** Bytes, not ints: every punctuator code is below 128, and a table a quarter the size stays in cache. */
  private static final byte[] PUNCT2 = new byte[128 * 128];
  /** The one text of each punctuator code; null where digraphs give a code two texts. */
  private static final String[] SPELLING = new String[LIMIT];
  private static final boolean[] TWO_SPELLINGS = new boolean[LIMIT];

  static {
    String[][] table = {
      {"(", "10"}, {")", "11"}, {"{", "12"}, {"}", "13"}, {"[", "14"}, {"]", "15"}, {";", "16"},
      {",", "17"}, {":", "18"}, {"::", "19"}, {"<", "20"}, {">", "21"}, {">>", "22"}, {"*", "23"},
      {"&", "24"}, {"&&", "25"}, {"=", "26"}, {"...", "27"}, {".", "28"}, {"->", "29"}, {"?", "30"},
      {"~", "31"}, {"!", "32"}, {"+", "33"}, {"-", "34"}, {"++", "35"}, {"--", "36"}, {"/", "37"},
      {"%", "38"}, {"<<", "39"}, {"<=", "40"}, {">=", "41"}, {"==", "42"}, {"!=", "43"}, {"|", "44"},
      {"||", "45"}, {"^", "46"}, {"<=>", "47"}, {".*", "48"}, {"->*", "49"}, {"+=", "50"}, {"-=", "51"},
      {"*=", "52"}, {"/=", "53"}, {"%=", "54"}, {"<<=", "55"}, {">>=", "56"}, {"&=", "57"},
      {"|=", "58"}, {"^=", "59"}, {"#", "60"}, {"<:", "14"}, {":>", "15"}, {"<%", "12"}, {"%>", "13"},
      {"and", "25"}, {"or", "45"}, {"not", "32"}, {"bitand", "24"}, {"bitor", "44"}, {"xor", "46"},
      {"compl", "31"}, {"not_eq", "43"}, {"and_eq", "57"}, {"or_eq", "58"}, {"xor_eq", "59"},
      {"template", "100"}, {"typename", "101"}, {"class", "102"}, {"struct", "103"}, {"union", "104"},
      {"enum", "105"}, {"namespace", "106"}, {"using", "107"}, {"typedef", "108"}, {"extern", "109"},
      {"static", "110"}, {"inline", "111"}, {"__inline", "111"}, {"const", "112"}, {"volatile", "113"},
      {"constexpr", "114"}, {"virtual", "115"}, {"explicit", "116"}, {"friend", "117"},
      {"mutable", "118"}, {"register", "119"}, {"thread_local", "120"}, {"operator", "121"},
      {"public", "122"}, {"private", "123"}, {"protected", "124"}, {"static_assert", "125"},
      {"_Static_assert", "125"}, {"decltype", "126"}, {"auto", "127"}, {"__restrict__", "128"},
      {"__restrict", "128"}, {"restrict", "128"}, {"alignas", "129"}, {"__attribute__", "130"},
      {"__declspec", "131"}, {"noexcept", "132"}, {"override", "133"}, {"final", "134"},
      {"consteval", "135"}, {"constinit", "136"},
      {"__global__", "140"}, {"__device__", "141"}, {"__host__", "142"}, {"__shared__", "143"},
      {"__constant__", "144"}, {"__managed__", "145"}, {"__forceinline__", "146"},
      {"__noinline__", "147"}, {"__launch_bounds__", "148"}, {"__align__", "149"},
      {"__inline__", "150"}, {"__grid_constant__", "151"},
      {"void", "160"}, {"bool", "161"}, {"_Bool", "161"}, {"char", "162"}, {"short", "163"},
      {"int", "164"}, {"long", "165"}, {"float", "166"}, {"double", "167"}, {"signed", "168"},
      {"__signed__", "168"}, {"unsigned", "169"}, {"wchar_t", "170"}, {"char16_t", "171"},
      {"char32_t", "172"}, {"char8_t", "173"}, {"__int128", "174"},
      {"if", "180"}, {"else", "181"}, {"for", "182"}, {"while", "183"}, {"do", "184"},
      {"switch", "185"}, {"case", "186"}, {"default", "187"}, {"break", "188"}, {"continue", "189"},
      {"return", "190"}, {"goto", "191"}, {"try", "192"}, {"catch", "193"}, {"asm", "194"},
      {"__asm__", "194"}, {"__asm", "194"}, {"sizeof", "195"}, {"alignof", "196"},
      {"__alignof__", "196"}, {"new", "197"}, {"delete", "198"}, {"this", "199"}, {"true", "200"},
      {"false", "201"}, {"nullptr", "202"}, {"static_cast", "203"}, {"dynamic_cast", "204"},
      {"const_cast", "205"}, {"reinterpret_cast", "206"}, {"throw", "207"}, {"typeid", "208"},
      {"co_return", "209"},
    };
    java.util.Arrays.fill(PUNCT1, OTHER);
    java.util.Arrays.fill(PUNCT2, (byte) OTHER);
    for (String[] row : table) {
      CODES.put(row[0], Integer.valueOf(row[1]));
      String p = row[0];
      if (!Character.isLetter(p.charAt(0)) && p.charAt(0) != '_') {
        int code = Integer.parseInt(row[1]);
        TWO_SPELLINGS[code] |= SPELLING[code] != null;
        SPELLING[code] = TWO_SPELLINGS[code] ? null : p;
      }
      if (!Character.isLetter(p.charAt(0)) && p.length() == 1) {
        PUNCT1[p.charAt(0)] = Integer.parseInt(row[1]);
      } else if (!Character.isLetter(p.charAt(0)) && p.length() == 2) {
        PUNCT2[p.charAt(0) * 128 + p.charAt(1)] = Byte.parseByte(row[1]);
      }
    }
    for (Map.Entry<String, Integer> e : CODES.entrySet()) {
      String word = e.getKey();
      if (Character.isLetter(word.charAt(0)) || word.charAt(0) == '_') {
        if (word.length() > 17) {
          throw new IllegalStateException("keyword longer than the lookup allows: " + word);
        }
        int b = bucket(word);
        String[] words = WORDS[b] == null ? new String[0] : WORDS[b];
        int[] codes = WORD_CODES[b] == null ? new int[0] : WORD_CODES[b];
        WORDS[b] = java.util.Arrays.copyOf(words, words.length + 1);
        WORD_CODES[b] = java.util.Arrays.copyOf(codes, codes.length + 1);
        WORDS[b][words.length] = word;
        WORD_CODES[b][codes.length] = e.getValue();
      }
    }
  }

  /**
   * Keyword lookup without hashing the whole identifier: length, first and last character pick
   * a bucket of at most a few candidates. Identifiers are most of the tokens, so this matters.
   */

  private static int bucket(String s) {
    int len = s.length();
    return ((len * 31 + s.charAt(0)) * 31 + s.charAt(len - 1)) & (BUCKETS - 1);
  }

  private static int keyword(String s) {
    int len = s.length();
    if (len < 2 || len > 17) { // the longest keywords: __launch_bounds__, __grid_constant__
      return IDENT;
    }
    int b = bucket(s);
    String[] words = WORDS[b];
    if (words == null) {
      return IDENT;
    }
    for (int i = 0; i < words.length; i++) {
      if (words[i].equals(s)) {
        return WORD_CODES[b][i];
      }
    }
    return IDENT;
  }

  /** The code of a significant (non-trivia, non-directive) token. */
  static int classify(Token t) {
    return classify(t.kind(), t.text());
  }

  /** The code of a significant token of this kind and text. */
  static int classify(TokenKind kind, String s) {
    switch (kind) {
      case IDENTIFIER: {
        char first = s.charAt(0);
        if (first != '_' && (first < 'a' || first > 'z')) {
          return IDENT; // every keyword starts with a lower-case letter or '_'
        }
        return keyword(s);
      }
      case PUNCTUATOR: return punctuator(s);
      case NUMBER: return NUMBER;
      case STRING: return STRING;
      case CHAR: return CHAR;
      case LAUNCH_OPEN: return LAUNCH_OPEN;
      case LAUNCH_CLOSE: return LAUNCH_CLOSE;
      default: return UNKNOWN;
    }
  }

  /**
   * The code of a punctuator of one or two characters packed as {@code first | second << 16}
   * (second 0 for one).
   */
  static int punctuator(int packed) {
    int a = packed & 0xFFFF;
    int b = packed >>> 16;
    if (a >= 128 || b >= 128) {
      return OTHER;
    }
    return b == 0 ? PUNCT1[a] : PUNCT2[a * 128 + b];
  }

  private static int punctuator(String s) {
    char a = s.charAt(0);
    char b = s.length() > 1 ? s.charAt(1) : 0;
    if (a >= 128 || b >= 128 || s.length() > 2) {
      Integer c = CODES.get(s); // the few three- and four-character ones
      return c == null ? OTHER : c;
    }
    return s.length() == 1 ? PUNCT1[a] : PUNCT2[a * 128 + b];
  }

  /** The text of a punctuator with code {@code c} when only one text has that code, else null. */
  static String spelling(int c) {
    return c >= 0 && c < LIMIT ? SPELLING[c] : null;
  }

  static boolean isBuiltinTypeWord(int c) {
    return c >= T_VOID && c <= T_INT128;
  }

  static boolean isCudaSpecifier(int c) {
    return c >= C_GLOBAL && c <= C_GRID_CONSTANT;
  }

  /**
   * Tokens after a name that declaration specifiers do not read (no {@code ::}, {@code <},
   * {@code [[} or specifier word) and that start no declarator ({@code *}, {@code &},
   * {@code &&}, {@code (}, a name): a name followed by one is a type only when the token may
   * end the declaration, so speculative reads of a declaration ({@code i == 0}) can stop here.
   */
  static boolean endsNameOnly(int c) {
    return c >= 0 && c < LIMIT && ENDS_NAME_ONLY[c];
  }

  /** Whether a type-id may start with a token of code {@code c}: a name, a type word, a cv or class key. */
  static boolean startsTypeId(int c) {
    return c >= 0 && c < LIMIT && STARTS_TYPE_ID[c];
  }

  /**
   * {@link #endsNameOnly} and {@link #startsTypeId} by code: an array read where a dozen
   * comparisons were, on questions asked at every parenthesis and at many statement starts.
   */
  private static final boolean[] ENDS_NAME_ONLY = new boolean[LIMIT];
  private static final boolean[] STARTS_TYPE_ID = new boolean[LIMIT];

  static {
    for (int c = 0; c < LIMIT; c++) {
      ENDS_NAME_ONLY[c] = endsNameOnlyTested(c);
      STARTS_TYPE_ID[c] = c == IDENT || c == SCOPE || c == K_CONST || c == K_VOLATILE
          || c == K_TYPENAME || c == K_STRUCT || c == K_CLASS || c == K_UNION
          || c == K_ENUM || c == K_AUTO || c == K_DECLTYPE || isBuiltinTypeWord(c);
    }
  }

  private static boolean endsNameOnlyTested(int c) {
    if (c == NUMBER || c == STRING || c == CHAR || c == LAUNCH_OPEN) {
      return true;
    }
    return c >= LPAREN && c <= HASH && c != LPAREN && c != LBRACKET && c != SCOPE && c != LT && c != STAR
        && c != AMP && c != LAND;
  }

  /** Words that can only begin (or continue) declaration specifiers. */
  static boolean isDeclSpecifierWord(int c) {
    return c >= 0 && c < LIMIT && DECL_SPECIFIER_WORD[c];
  }

  /** {@link #isDeclSpecifierWord} by code: one array read instead of a dozen comparisons per statement. */
  private static final boolean[] DECL_SPECIFIER_WORD = new boolean[LIMIT];

  static {
    for (int c = 0; c < LIMIT; c++) {
      DECL_SPECIFIER_WORD[c] = declSpecifierWord(c);
    }
  }

  private static boolean declSpecifierWord(int c) {
    return (c >= K_TYPEDEF && c <= K_THREAD_LOCAL) || c == K_CONSTEVAL || c == K_CONSTINIT
        || c == K_AUTO || c == K_DECLTYPE || c == K_ALIGNAS || c == K_ATTRIBUTE || c == K_DECLSPEC
        || c == K_STRUCT || c == K_CLASS || c == K_UNION || c == K_ENUM || c == K_TYPENAME
        || isCudaSpecifier(c) || isBuiltinTypeWord(c);
  }
}
