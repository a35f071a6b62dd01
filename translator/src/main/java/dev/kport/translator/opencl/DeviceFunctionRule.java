package dev.kport.translator.opencl;

import dev.kport.translator.emit.SourceText;
import dev.kport.translator.iface.KernelArg.Space;
import dev.kport.translator.outline.Declaration;
import dev.kport.translator.outline.Parameter;
import java.util.Map;
import java.util.Set;

/**
 * A {@code __device__} function becomes a plain OpenCL C function: CUDA's execution-space words
 * go, inline functions become {@code static inline} (a C99 inline definition without
 * {@code static} emits no symbol, so an un-inlined call would fail to link), and each pointer
 * parameter gets the address space its call sites agree on.
 */
final class DeviceFunctionRule {

  private static final Set<String> TYPE_QUALIFIERS = Set.of("const", "volatile", "struct", "union", "enum");

  private DeviceFunctionRule() {}

  static void apply(SourceText text, Declaration.Function decl, Map<Integer, Space> spaces, Set<String> typeNames) {
    // the words include what qualifier macros stand for, so HD (__forceinline__) counts too
    boolean inline = decl.words().contains("inline") || decl.words().contains("__forceinline__")
        || decl.words().contains("__inline__");
    for (int j = decl.item().first(); j < decl.nameIndex(); j++) {
      String w = text.token(j).text();
      if (!text.token(j).isIdentifier()) {
        continue;
      }
      if (w.equals("__device__") || w.equals("__host__")) {
        Signatures.deleteWord(text, j);
      } else if (w.equals("__forceinline__") || w.equals("__inline__")) {
        text.edits().replace(j, "inline");
      } else if (w.equals("__noinline__")) {
        text.edits().replace(j, "__attribute__((noinline))");
      }
    }
    if (inline && !decl.words().contains("static")) {
      text.edits().insertBefore(decl.item().first(), "static ");
    }
    Space returned = spaces.get(AddressSpaceInference.RETURN);
    int returnType = returnTypeStart(text, decl, typeNames);
    if (returned != null && returnType >= 0) {
      text.edits().insertBefore(returnType, Signatures.keyword(returned));
    }
    for (Parameter p : decl.params()) {
      if (p.isPointer() || p.reference()) { // a reference becomes a pointer (ReferenceRule)
        text.edits().insertBefore(p.first(), Signatures.keyword(spaces.getOrDefault(p.position(), Space.GLOBAL)));
      }
    }
  }

  /** The first token of a pointer return type ({@code const float *}), or -1 when it returns no pointer. */
  private static int returnTypeStart(SourceText text, Declaration.Function decl, Set<String> typeNames) {
    int start = -1;
    boolean pointer = false;
    for (int j = decl.item().first(); j < decl.nameIndex(); j++) {
      String w = text.token(j).text();
      boolean typeWord = text.token(j).isIdentifier() && (LocalDeclaration.isType(w, typeNames)
          || TYPE_QUALIFIERS.contains(w));
      if (start < 0 && typeWord) {
        start = j;
      }
      pointer |= text.token(j).is("*");
    }
    return pointer ? start : -1;
  }
}
