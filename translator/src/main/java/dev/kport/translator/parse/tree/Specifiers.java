package dev.kport.translator.parse.tree;

import java.util.List;

/**
 * Declaration specifiers other than the type: CUDA execution and memory spaces, storage class,
 * and words the parser kept without understanding (attributes, unknown macros).
 *
 * @param flags bits from the constants below
 * @param launchBounds the arguments of {@code __launch_bounds__}, empty when absent
 * @param extra other specifier words as written ({@code __attribute__((...))}, unknown macros)
 */
public record Specifiers(int flags, List<Expr> launchBounds, List<String> extra) {
  public static final int GLOBAL = 1, DEVICE = 1 << 1, HOST = 1 << 2, SHARED = 1 << 3;
  public static final int CONSTANT = 1 << 4, MANAGED = 1 << 5, FORCEINLINE = 1 << 6;
  public static final int NOINLINE = 1 << 7, EXTERN = 1 << 8, STATIC = 1 << 9, INLINE = 1 << 10;
  public static final int CONSTEXPR = 1 << 11, VIRTUAL = 1 << 12, EXPLICIT = 1 << 13;
  public static final int FRIEND = 1 << 14, MUTABLE = 1 << 15, TYPEDEF = 1 << 16;
  public static final int THREAD_LOCAL = 1 << 17, REGISTER = 1 << 18, GRID_CONSTANT = 1 << 19;

  public static final Specifiers NONE = new Specifiers(0, List.of(), List.of());

  private static final String[] NAMES = {
    "__global__", "__device__", "__host__", "__shared__", "__constant__", "__managed__",
    "__forceinline__", "__noinline__", "extern", "static", "inline", "constexpr", "virtual",
    "explicit", "friend", "mutable", "typedef", "thread_local", "register", "__grid_constant__"
  };

  public Specifiers {
    launchBounds = Lists.frozen(launchBounds);
    extra = Lists.frozen(extra);
  }

  public boolean has(int flag) {
    return (flags & flag) != 0;
  }

  public boolean isKernel() {
    return has(GLOBAL);
  }

  /** The flags as source words, space separated, in a fixed order. */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < NAMES.length; i++) {
      if ((flags & (1 << i)) != 0) {
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(NAMES[i]);
      }
    }
    return sb.toString();
  }
}
