package dev.kport.translator.opencl;

import dev.kport.translator.diag.Code;
import dev.kport.translator.emit.SourceText;
import dev.kport.translator.iface.KernelArg.Space;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * CUDA atomics to OpenCL 1.2 atomics, chosen by what the first argument points to: 32-bit
 * integers map one to one ({@code atomicAdd} to {@code atomic_add}); {@code atomicAdd} on a float
 * calls a compare-and-swap helper ({@link AtomicHelpers}); anything else is reported.
 */
final class AtomicRule {

  private static final Set<String> INT_TYPES = Set.of("int", "signed", "signed int", "unsigned", "unsigned int",
      "uint");

  private static final Set<String> LONG_TYPES = Set.of("long long", "long long int", "unsigned long long",
      "unsigned long long int", "long", "unsigned long", "ulong");
  private static final Set<String> EXTENDED = Set.of("atomicMin", "atomicMax", "atomicAnd", "atomicOr", "atomicXor");

  private AtomicRule() {}

  /** Whether {@code name} is an atomic this rule translates (the table's rows of kind {@code atomic}). */
  static boolean handles(String name) {
    return RenameTable.standard().find(name).map(r -> r.kind().equals("atomic")).orElse(false);
  }

  /** Rewrites the calls; returns the helpers they need. */
  static void apply(SourceText text, List<BodyScan.AtomicCall> calls, AtomicHelpers helpers) {
    for (BodyScan.AtomicCall call : calls) {
      String cuda = text.token(call.nameIndex()).text();
      RenameTable.Row row = RenameTable.standard().find(cuda).orElseThrow();
      Optional<String> type = call.type();
      boolean memory = call.space().isPresent() && (call.space().get() == Space.GLOBAL
          || call.space().get() == Space.LOCAL);
      boolean wraps = cuda.equals("atomicInc") || cuda.equals("atomicDec");
      if (wraps && type.isPresent() && INT_TYPES.contains(type.get()) && memory) {
        text.edits().replace(call.nameIndex(), helpers.wrapping(cuda.equals("atomicInc") ? "inc" : "dec",
            call.space().get()));
      } else if (type.isPresent() && INT_TYPES.contains(type.get()) && !wraps) {
        text.edits().replace(call.nameIndex(), row.targetName());
      } else if (type.isPresent() && LONG_TYPES.contains(type.get()) && !wraps && !cuda.endsWith("_system")) {
        // cl_khr_int64_*_atomics spell the 64-bit forms atom_*
        text.edits().replace(call.nameIndex(), row.targetName().replace("atomic_", "atom_"));
        helpers.useInt64(EXTENDED.contains(cuda));
      } else if (type.isPresent() && type.get().equals("float") && cuda.equals("atomicExch")) {
        text.edits().replace(call.nameIndex(), row.targetName());
      } else if (type.isPresent() && type.get().equals("float") && cuda.startsWith("atomicAdd")
          && call.space().isPresent() && (call.space().get() == Space.GLOBAL || call.space().get() == Space.LOCAL)) {
        text.edits().replace(call.nameIndex(), helpers.floatAdd(call.space().get()));
      } else if (type.isPresent() && type.get().equals("double") && cuda.startsWith("atomicAdd")
          && call.space().isPresent() && (call.space().get() == Space.GLOBAL || call.space().get() == Space.LOCAL)) {
        text.edits().replace(call.nameIndex(), helpers.doubleAdd(call.space().get()));
      } else {
        String what = type.map(t -> "on " + t + (call.space().map(s -> " in " + s.name().toLowerCase(Locale.ROOT)
            + " memory").orElse(""))).orElse("on a pointer whose type cannot be told");
        text.report(Code.UNSUPPORTED_API, call.nameIndex(), "'" + cuda + "' " + what
            + " has no OpenCL C 1.2 translation yet");
      }
    }
  }
}
