package dev.kport.translator.parse;

import dev.kport.translator.lex.Spellings;
import dev.kport.translator.preprocess.PreprocessorView;
import dev.kport.translator.parse.tree.Specifiers;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What the parser knows about identifiers while it reads: which name types, which name
 * templates. C++ cannot be parsed without this; we learn from declarations in the file, from
 * object-like macros, and from a list of the CUDA and standard names every kernel file uses.
 */
final class Names {

  private static final Set<String> BUILTIN_TYPES = new HashSet<>();
  private static final Set<String> BUILTIN_TEMPLATES = new HashSet<>();

  static {
    String[] bases = {"char", "uchar", "short", "ushort", "int", "uint", "long", "ulong", "longlong",
        "ulonglong", "float", "double", "half", "bfloat16"};
    for (String b : bases) {
      for (int i = 1; i <= 4; i++) {
        BUILTIN_TYPES.add(b + i);
      }
    }
    for (String s : new String[] {"dim3", "size_t", "ptrdiff_t", "intptr_t", "uintptr_t", "ssize_t",
        "int8_t", "int16_t", "int32_t", "int64_t", "uint8_t", "uint16_t", "uint32_t", "uint64_t",
        "__half", "__half2", "half", "__nv_bfloat16", "__nv_bfloat162", "cudaError_t", "cudaStream_t",
        "cudaEvent_t", "cudaDeviceProp", "cudaMemcpyKind", "cudaArray_t", "cudaTextureObject_t",
        "cudaSurfaceObject_t", "cudaGraph_t", "cudaGraphExec_t", "CUresult", "CUdevice", "CUcontext",
        "CUmodule", "CUfunction", "CUdeviceptr", "CUstream", "cublasHandle_t", "cublasStatus_t",
        "curandState", "curandState_t", "curandGenerator_t", "cufftHandle", "cufftComplex",
        "cuComplex", "cuDoubleComplex", "FILE", "clock_t", "time_t", "uint", "ushort", "uchar",
        "ulong", "std::size_t", "std::string", "wchar_t", "nullptr_t", "std::nullptr_t"}) {
      BUILTIN_TYPES.add(s);
    }
    for (String s : new String[] {"vector", "array", "unique_ptr", "shared_ptr", "pair", "tuple",
        "map", "unordered_map", "set", "function", "numeric_limits", "complex", "initializer_list",
        "is_same", "enable_if", "conditional", "device_vector", "host_vector", "device_ptr",
        "texture", "surface", "atomic", "optional", "span", "chrono::duration", "plus", "minus",
        "multiplies", "greater", "less", "BlockReduce", "WarpReduce", "BlockScan", "tiled_partition",
        "thread_block_tile", "static_cast", "is_integral", "is_floating_point", "integral_constant",
        "remove_reference", "decay", "make_unsigned", "common_type", "duration_cast", "max", "min"}) {
      BUILTIN_TEMPLATES.add(s);
    }
  }

  private final PreprocessorView view;
  private final Set<String> types = new HashSet<>();
  private final Set<String> templates = new HashSet<>();

  Names(PreprocessorView view) {
    this.view = view;
  }

  void declareType(String name) {
    types.add(name);
    forget(typeMemo, name); // only the answer for this very name can change
    typeAnswers.clear(); // a new type can change earlier answers for qualified names
  }

  void declareTemplate(String name) {
    templates.add(name);
    forget(templateMemo, name);
  }

  /**
   * Answers by spelling number, each as {@code ASKED << 1 | answer} (0: not yet asked). An array
   * load instead of a string hash and map lookup for every name the parser asks about. Declaring a type or template changes the answer for that name only: the only memo
   * entry forgotten. Numbers are only given to plain names, which other declarations leave alone.
   */
  private int[] typeMemo = new int[0];
  private int[] templateMemo = new int[0];
  private int[] specifierMemo = new int[0];
  /** Marks a memo entry as answered: {@code ASKED << 1 | answer}; 0 is not yet asked. */
  private static final int ASKED = 1;
  /** The file's names by number, to find the entry a declaration makes stale; null without numbers. */
  private Spellings spellings;

  private void forget(int[] memo, String name) {
    int id = spellings == null ? -1 : spellings.find(name);
    if (id >= 0 && id < memo.length) {
      memo[id] = 0;
    }
  }

  /** As {@link #isType(String)}, remembered by {@code id}, the name's spelling number (-1: none). */
  boolean isType(String name, int id) {
    if (id < 0) {
      return isType(name);
    }
    if (id >= typeMemo.length) {
      typeMemo = grown(typeMemo, id);
    }
    int m = typeMemo[id];
    if (m >>> 1 == ASKED) {
      return (m & 1) != 0;
    }
    boolean answer = computeIsType(name); // the memo is this name's cache: no second one by text
    typeMemo[id] = ASKED << 1 | (answer ? 1 : 0);
    return answer;
  }

  /** As {@link #isTemplate(String)}, remembered by spelling number. */
  boolean isTemplate(String name, int id) {
    if (id < 0) {
      return isTemplate(name);
    }
    if (id >= templateMemo.length) {
      templateMemo = grown(templateMemo, id);
    }
    int m = templateMemo[id];
    if (m >>> 1 == ASKED) {
      return (m & 1) != 0;
    }
    boolean answer = isTemplate(name);
    templateMemo[id] = ASKED << 1 | (answer ? 1 : 0);
    return answer;
  }

  /** As {@link #specifierFlags(String)}, remembered by spelling number (macros do not change while parsing). */
  int specifierFlags(String name, int id) {
    if (id < 0) {
      return specifierFlags(name);
    }
    if (id >= specifierMemo.length) {
      specifierMemo = grown(specifierMemo, id);
    }
    int m = specifierMemo[id];
    if (m == 0) {
      m = specifierFlags(name) + 2; // 0 means not yet asked
      specifierMemo[id] = m;
    }
    return m - 2;
  }

  /** Sizes the memos for {@code spellings} spelling numbers, so they are allocated once. */
  void presize(Spellings spellings) {
    this.spellings = spellings;
    typeMemo = new int[spellings.size()];
    templateMemo = new int[spellings.size()];
    specifierMemo = new int[spellings.size()];
  }

  private static int[] grown(int[] memo, int id) {
    return java.util.Arrays.copyOf(memo, Math.max(id + 1, memo.length * 2 + 64));
  }

  /** Answers of {@link #isType} for names not declared since: one lookup instead of four. */
  private final Map<String, Boolean> typeAnswers = new HashMap<>();

  /** A name known to denote a type: declared, builtin, or an object-like macro for a type. */
  boolean isType(String name) {
    Boolean known = typeAnswers.get(name);
    if (known != null) {
      return known;
    }
    boolean answer = computeIsType(name);
    typeAnswers.put(name, answer);
    return answer;
  }

  private boolean computeIsType(String name) {
    if (types.contains(name) || BUILTIN_TYPES.contains(name)) {
      return true;
    }
    String last = lastComponent(name);
    if (last != name && (types.contains(last) || BUILTIN_TYPES.contains(last))) {
      return true;
    }
    return view.isMacro(name) && macroMeaning(name) == MACRO_TYPE;
  }

  /**
   * The specifier flags an object-like macro stands for ({@code #define HD __host__ __device__}),
   * or -1 when the macro is not made only of specifier words.
   */
  int specifierFlags(String name) {
    if (!view.isMacro(name) || macroMeaning(name) != MACRO_SPECIFIERS) {
      return -1;
    }
    return specifierFlagCache.getOrDefault(name, -1);
  }

  private static final int MACRO_OTHER = 0, MACRO_TYPE = 1, MACRO_SPECIFIERS = 2;
  private final Map<String, Integer> macroMeanings = new HashMap<>();
  private final Map<String, Integer> specifierFlagCache = new HashMap<>();

  private int macroMeaning(String name) {
    Integer known = macroMeanings.get(name);
    if (known != null) {
      return known;
    }
    macroMeanings.put(name, MACRO_OTHER); // guards against a macro naming itself
    int meaning = classifyExpansion(name, view.expand(name).orElse(""));
    macroMeanings.put(name, meaning);
    return meaning;
  }

  private int classifyExpansion(String name, String expansion) {
    if (expansion.isEmpty()) {
      return MACRO_OTHER;
    }
    String[] words = expansion.split(" ");
    boolean allTypeWords = true;
    int flags = 0;
    boolean allSpecifiers = true;
    for (String w : words) {
      int f = SPECIFIER_WORDS.getOrDefault(w, -1);
      if (f < 0) {
        allSpecifiers = false;
      } else {
        flags |= f;
      }
      if (!TYPE_WORDS.contains(w)) {
        allTypeWords = false;
      }
    }
    if (allSpecifiers) {
      specifierFlagCache.put(name, flags);
      return MACRO_SPECIFIERS;
    }
    if (allTypeWords || (words.length == 1 && !words[0].equals(name) && isType(words[0]))) {
      return MACRO_TYPE;
    }
    if (words.length >= 2 && (words[words.length - 1].equals("*")) || words.length == 2 && words[0].equals("const")) {
      return MACRO_TYPE;
    }
    return MACRO_OTHER;
  }

  private static final Set<String> TYPE_WORDS = Set.of("void", "bool", "char", "short", "int", "long", "float",
      "double", "signed", "unsigned", "const", "volatile", "wchar_t", "__int128");
  private static final Map<String, Integer> SPECIFIER_WORDS = Map.ofEntries(
      Map.entry("__global__", Specifiers.GLOBAL), Map.entry("__device__", Specifiers.DEVICE),
      Map.entry("__host__", Specifiers.HOST), Map.entry("__shared__", Specifiers.SHARED),
      Map.entry("__constant__", Specifiers.CONSTANT), Map.entry("__managed__", Specifiers.MANAGED),
      Map.entry("__forceinline__", Specifiers.FORCEINLINE), Map.entry("__noinline__", Specifiers.NOINLINE),
      Map.entry("inline", Specifiers.INLINE), Map.entry("__inline__", Specifiers.INLINE),
      Map.entry("static", Specifiers.STATIC), Map.entry("extern", Specifiers.EXTERN),
      Map.entry("constexpr", Specifiers.CONSTEXPR));

  boolean isTemplate(String name) {
    if (templates.contains(name) || BUILTIN_TEMPLATES.contains(name)) {
      return true;
    }
    String last = lastComponent(name);
    return last != name && (templates.contains(last) || BUILTIN_TEMPLATES.contains(last));
  }

  private static String lastComponent(String name) {
    int i = name.indexOf(':') < 0 ? -1 : name.lastIndexOf("::"); // most names have no colon: skip the search
    return i < 0 ? name : name.substring(i + 2);
  }
}
