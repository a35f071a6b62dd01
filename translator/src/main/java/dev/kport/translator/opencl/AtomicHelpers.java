package dev.kport.translator.opencl;

import dev.kport.translator.iface.KernelArg.Space;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** The helper functions translated atomics call, written once at the top of the output when used. */
final class AtomicHelpers {

  private final Set<Space> floatAdd = new TreeSet<>();

  /** The name of the float atomicAdd helper for {@code space} (global or local), which is then emitted. */
  String floatAdd(Space space) {
    floatAdd.add(space);
    return "kport_atomic_add_float_" + space.name().toLowerCase(Locale.ROOT);
  }

  /** The helpers' definitions, or empty when no translated code calls one. */
  String definitions() {
    StringBuilder sb = new StringBuilder();
    for (Space space : floatAdd) {
      String as = "__" + space.name().toLowerCase(Locale.ROOT);
      sb.append("// CUDA's atomicAdd on float: OpenCL 1.2 has none, so a compare-and-swap loop on the bits\n")
          .append("static float kport_atomic_add_float_").append(space.name().toLowerCase(Locale.ROOT))
          .append("(volatile ").append(as).append(" float *p, float v)\n{\n")
          .append("    union { uint u; float f; } old, next;\n")
          .append("    do {\n        old.f = *p;\n        next.f = old.f + v;\n")
          .append("    } while (atomic_cmpxchg((volatile ").append(as)
          .append(" uint *)p, old.u, next.u) != old.u);\n")
          .append("    return old.f;\n}\n");
    }
    return sb.toString();
  }
}
