package dev.kport.translator.opencl;

import dev.kport.translator.iface.KernelArg.Space;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** The helper functions translated atomics call, written once at the top of the output when used. */
final class AtomicHelpers {

  private final Set<Space> floatAdd = new TreeSet<>();
  private final Set<Space> doubleAdd = new TreeSet<>();
  /** atomicInc and atomicDec, by space: CUDA's wrap-around bound needs a compare-and-swap loop. */
  private final Set<String> wrapping = new TreeSet<>();
  private boolean int64Base;
  private boolean int64Extended;

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

  /** The helper for CUDA's {@code atomicInc} ({@code inc}) or {@code atomicDec} ({@code dec}) in {@code space}. */
  String wrapping(String op, Space space) {
    String name = "kport_atomic_" + op + "_" + space.name().toLowerCase(Locale.ROOT);
    wrapping.add(name);
    return name;
  }

  /** A 64-bit atomic is used: {@code extended} for min, max, and, or, xor. */
  void useInt64(boolean extended) {
    int64Base |= !extended;
    int64Extended |= extended;
  }

  /** The extension pragmas the translated atomics need. */
  String pragmas() {
    String out = "";
    if (int64Base || !doubleAdd.isEmpty()) {
      out += "#pragma OPENCL EXTENSION cl_khr_int64_base_atomics : enable\n";
    }
    if (int64Extended) {
      out += "#pragma OPENCL EXTENSION cl_khr_int64_extended_atomics : enable\n";
    }
    return out;
  }

  /** The helpers' definitions, or empty when no translated code calls one. */
  String definitions() {
    StringBuilder sb = new StringBuilder();
    for (Space space : floatAdd) {
      String as = "__" + space.name().toLowerCase(Locale.ROOT);
      sb.append("// CUDA's atomicAdd on float: OpenCL 1.2 has none, so a compare-and-swap loop on the bits\n")
          .append("static float kport_atomic_add_float_").append(space.name().toLowerCase(Locale.ROOT))
          .append("(volatile ").append(as).append(" float *p, float v)\n{\n")
          .append("    union { uint u; float f; } old, next, seen;\n")
          .append("    seen.f = *p;\n")
          .append("    do { // a failed swap returns what it found: the next try starts from it, with no new read\n")
          .append("        old.u = seen.u;\n        next.f = old.f + v;\n")
          .append("        seen.u = atomic_cmpxchg((volatile ").append(as).append(" uint *)p, old.u, next.u);\n")
          .append("    } while (seen.u != old.u);\n")
          .append("    return old.f;\n}\n");
    }
    for (Space space : doubleAdd) {
      String as = "__" + space.name().toLowerCase(Locale.ROOT);
      sb.append("// CUDA's atomicAdd on double: a compare-and-swap loop on the 64 bits (cl_khr_int64_base_atomics)\n")
          .append("static double kport_atomic_add_double_").append(space.name().toLowerCase(Locale.ROOT))
          .append("(volatile ").append(as).append(" double *p, double v)\n{\n")
          .append("    union { ulong u; double f; } old, next, seen;\n")
          .append("    seen.f = *p;\n")
          .append("    do { // a failed swap returns what it found: the next try starts from it, with no new read\n")
          .append("        old.u = seen.u;\n        next.f = old.f + v;\n")
          .append("        seen.u = atom_cmpxchg((volatile ").append(as).append(" ulong *)p, old.u, next.u);\n")
          .append("    } while (seen.u != old.u);\n")
          .append("    return old.f;\n}\n");
    }
    for (String name : wrapping) {
      boolean inc = name.contains("_inc_");
      String as = "__" + name.substring(name.lastIndexOf('_') + 1);
      sb.append("// CUDA's ").append(inc ? "atomicInc" : "atomicDec").append(": wraps at 'bound', which OpenCL's ")
          .append(inc ? "atomic_inc" : "atomic_dec").append(" cannot\n")
          .append("static uint ").append(name).append("(volatile ").append(as).append(" uint *p, uint bound)\n{\n")
          .append("    uint old, next, seen = *p;\n    do {\n        old = seen;\n")
          .append(inc ? "        next = old >= bound ? 0u : old + 1u;\n"
              : "        next = old == 0u || old > bound ? bound : old - 1u;\n")
          .append("        seen = atomic_cmpxchg(p, old, next);\n")
          .append("    } while (seen != old);\n    return old;\n}\n");
    }
    return sb.toString();
  }
}
