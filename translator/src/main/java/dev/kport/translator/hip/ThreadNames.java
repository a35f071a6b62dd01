package dev.kport.translator.hip;

import dev.kport.translator.lex.TokenKind;
import dev.kport.translator.lex.TokenList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which names in a file stand for a thread's index, a lane or a warp: by their words ({@code lane},
 * {@code warp_id}, {@code tid}, {@code threadIdx}, {@code blockDim}) or because they are assigned
 * from such a value within the block ({@code int t = threadIdx.x;}). A value that also involves
 * {@code blockIdx} or {@code gridDim} is a global index, which code divides by 32 for other
 * reasons (a bitmap's word) as often as for the warp, so it does not count. Learnt in the order of
 * the file, as C declares before use.
 */
final class ThreadNames {

  private static final Set<String> THREAD_WORDS = Set.of("lane", "laneid", "tid", "tidx", "ltid", "thread",
      "threads", "warp", "warps", "warpid", "wid", "nwarps");
  private static final Set<String> WARP_WORDS = Set.of("warp", "warps", "warpid", "wid", "nwarps");
  private static final Set<String> LANE_WORDS = Set.of("lane", "laneid");
  private static final Set<String> BUILTINS = Set.of("threadIdx", "blockDim", "__lane_id");
  private static final Set<String> GLOBAL = Set.of("blockIdx", "gridDim");

  private final Set<String> threadDerived = new HashSet<>();
  private final Set<String> laneDerived = new HashSet<>();

  private final TokenList tokens;

  ThreadNames(TokenList tokens) {
    this.tokens = tokens;
  }

  /** Learns from the identifier at {@code i}, as the walk reaches it: {@code name = value}. */
  void see(int i) {
    see(i, Tokens.nextSignificant(tokens, i + 1));
  }

  /** As {@link #see(int)}, given the first significant token after the identifier ({@code next}, or -1). */
  void see(int i, int next) {
    if (next >= 0 && tokens.punctuator(next) == '=') {
      assigned(tokens.nameId(i), tokens, next + 1);
    }
  }

  /** The text of the name with spelling number {@code id}: the file's one instance of that spelling. */
  private String name(int id) {
    return tokens.spellings().text(id);
  }

  /** {@code name = ...}: the value's names up to the end of the initialiser decide what {@code name} is. */
  private void assigned(int nameId, TokenList tokens, int from) {
    String name = name(nameId);
    boolean thread = false;
    boolean lane = false;
    boolean global = false;
    boolean modulo = false;
    int depth = 0;
    int previous = -1;
    for (int k = from; k < tokens.size(); k++) {
      TokenKind kind = tokens.kind(k);
      if (kind.isTrivia()) {
        continue;
      }
      char c = tokens.punctuator(k);
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        if (depth-- == 0) {
          break;
        }
      } else if (c == ';' || kind == TokenKind.DIRECTIVE || (c == ',' && depth == 0)) {
        break;
      } else if (kind == TokenKind.IDENTIFIER) {
        int id = tokens.nameId(k);
        int is = classOf(id);
        global |= (is & GLOBAL_NAME) != 0;
        thread |= (is & THREAD_WORD) != 0 || (derived(id) & THREAD_WORD) != 0;
        lane |= (is & LANE_WORD) != 0 || (derived(id) & LANE_WORD) != 0;
        modulo |= (is & WARP_SIZE) != 0 && previous >= 0
            && (tokens.textIs(previous, "%") || tokens.textIs(previous, "("));
      }
      previous = k;
    }
    if (thread && !global) {
      threadDerived.add(name);
      derive(nameId, THREAD_WORD);
    }
    if ((lane || thread && modulo) && !global) {
      laneDerived.add(name);
      derive(nameId, LANE_WORD);
    }
  }

  /*
   * What each distinct name is, by spelling number, so the initialisers' names are classed with an
   * array read rather than half a dozen set lookups each: bits below, in classes by its words (worked
   * out on first meeting) and in derived as assigned so far.
   */
  private static final byte THREAD_WORD = 1; // isThreadish by the name alone
  private static final byte LANE_WORD = 2; // isLaneish by the name alone
  private static final byte GLOBAL_NAME = 4;
  private static final byte WARP_SIZE = 8;
  private static final byte CLASSED = 16;
  private byte[] classById;
  private byte[] derivedById;

  private int classOf(int id) {
    if (classById == null) {
      classById = new byte[tokens.spellings().size()];
    }
    if (classById[id] == 0) {
      String s = tokens.spellings().text(id);
      classById[id] = (byte) (CLASSED | (BUILTINS.contains(s) || hasWord(s, THREAD_WORDS) ? THREAD_WORD : 0)
          | (s.equals("__lane_id") || hasWord(s, LANE_WORDS) ? LANE_WORD : 0)
          | (GLOBAL.contains(s) ? GLOBAL_NAME : 0) | (s.equals("warpSize") ? WARP_SIZE : 0));
    }
    return classById[id];
  }

  private int derived(int id) {
    return derivedById == null ? 0 : derivedById[id];
  }

  private void derive(int id, byte bit) {
    if (derivedById == null) {
      derivedById = new byte[tokens.spellings().size()];
    }
    derivedById[id] |= bit;
  }

  /** {@link #isThreadish(String)} for the name with spelling number {@code id} in this file. */
  boolean isThreadish(int id) {
    return ((classOf(id) | derived(id)) & THREAD_WORD) != 0;
  }

  /** {@link #isLaneish(String)} for the name with spelling number {@code id} in this file. */
  boolean isLaneish(int id) {
    return ((classOf(id) | derived(id)) & LANE_WORD) != 0;
  }

  /** A thread index, a lane, a warp, a block's width, or a value taken from one of them. */
  boolean isThreadish(String name) {
    return BUILTINS.contains(name) || threadDerived.contains(name) || hasWord(name, THREAD_WORDS);
  }

  /** A lane within a warp: {@code lane}, {@code laneId}, or a value assigned from {@code x % warpSize}. */
  boolean isLaneish(String name) {
    return name.equals("__lane_id") || laneDerived.contains(name) || hasWord(name, LANE_WORDS);
  }

  /** A warp's index or a count of warps, by its words. */
  static boolean isWarpish(String name) {
    return hasAnyWord(name, WARP_WORDS);
  }

  /** Names seen so far, with the word sets they have a word of: the same few names recur all through a file. */
  private final java.util.Map<String, Integer> classes = new java.util.HashMap<>();

  private boolean hasWord(String name, Set<String> wanted) {
    int bits = classes.computeIfAbsent(name, n -> (hasAnyWord(n, THREAD_WORDS) ? 1 : 0)
        | (hasAnyWord(n, LANE_WORDS) ? 2 : 0));
    return (bits & (wanted == THREAD_WORDS ? 1 : 2)) != 0;
  }

  private static boolean hasAnyWord(String name, Set<String> wanted) {
    for (String w : words(name)) {
      if (wanted.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** {@code warp_sums} → warp, sums; {@code kWarpSize} → k, warp, size; {@code laneID} → lane, id. */
  static List<String> words(String name) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean boundary = c == '_' || Character.isDigit(c)
          || Character.isUpperCase(c) && i > 0 && Character.isLowerCase(name.charAt(i - 1));
      if (boundary && word.length() > 0) {
        words.add(word.toString().toLowerCase(Locale.ROOT));
        word.setLength(0);
      }
      if (c != '_' && !Character.isDigit(c)) {
        word.append(c);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString().toLowerCase(Locale.ROOT));
    }
    return words;
  }
}
