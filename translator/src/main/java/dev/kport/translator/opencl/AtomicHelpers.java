package dev.kport.translator.opencl;

import dev.kport.translator.iface.KernelArg.Space;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** The helper functions translated atomics call, written once at the top of the output when used. */
final class AtomicHelpers {

  private final Set<Space> floatAdd = new TreeSet<>();
  private final Set<Space> doubleAdd = new TreeSet<>();

  /** The name of the float atomicAdd helper for {@code space} (global or local), which is then emitted. */
  String floatAdd(Space space) {
    floatAdd.add(space);
    return "kport_atomic_add_float_" + space.name().toLowerCase(Locale.ROOT);
  }

  /** The name of the double atomicAdd helper for {@code space}, which needs 64-bit atomics. */
  String doubleAdd(Space space) {
    doubleAdd.add(space);
    return "kport_atomic_add_double_" + space.name().toLowerCase(Locale.ROOT);
  }

  /** Whether a helper needs {@code cl_khr_int64_base_atomics}. */
  boolean needsInt64Atomics() {
    return !doubleAdd.isEmpty();
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
    for (Space space : doubleAdd) {
      String as = "__" + space.name().toLowerCase(Locale.ROOT);
      sb.append("// CUDA's atomicAdd on double: a compare-and-swap loop on the 64 bits (cl_khr_int64_base_atomics)\n")
          .append("static double kport_atomic_add_double_").append(space.name().toLowerCase(Locale.ROOT))
          .append("(volatile ").append(as).append(" double *p, double v)\n{\n")
          .append("    union { ulong u; double f; } old, next;\n")
          .append("    do {\n        old.f = *p;\n        next.f = old.f + v;\n")
          .append("    } while (atom_cmpxchg((volatile ").append(as)
          .append(" ulong *)p, old.u, next.u) != old.u);\n")
          .append("    return old.f;\n}\n");
    }
    return sb.toString();
  }
}
