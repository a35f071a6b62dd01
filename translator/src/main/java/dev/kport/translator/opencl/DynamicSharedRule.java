package dev.kport.translator.opencl;

import dev.kport.translator.emit.SourceText;
import dev.kport.translator.outline.Declaration;
import dev.kport.translator.outline.Tokens;
import java.util.Set;

/**
 * {@code extern __shared__ float smem[];} in a kernel becomes a last kernel parameter
 * {@code __local float *smem}: OpenCL sizes local memory per launch through an argument, as CUDA
 * does through the launch's dynamic shared bytes. The kernel interface lists it as
 * {@code dynamicShared}, so the harness passes those bytes. Further {@code extern __shared__}
 * arrays alias the same memory in CUDA, so they become pointers to the first.
 */
final class DynamicSharedRule {

  private DynamicSharedRule() {}

  /** Rewrites the kernel {@code f}; returns the name of the dynamic local argument it now takes, if any. */
  static java.util.Optional<String> apply(SourceText text, Declaration.Function f, Set<String> typeNames,
      boolean calleesNeedIt) {
    String first = null;
    for (int j = f.bodyOpen() + 1; j < f.bodyClose(); j++) {
      if (!Tokens.is(text.tokens(), j, "__shared__")) {
        continue; // 'extern' is looked for only before the keyword
      }
      int previous = Tokens.previousSignificant(text.tokens(), j - 1);
      if (!Tokens.is(text.tokens(), previous, "extern")) {
        continue;
      }
      if (!isLowered(text, previous, j, f, typeNames)) {
        continue; // SharedMemoryRule reports it
      }
      LocalDeclaration d = LocalDeclaration.read(text, previous, f.bodyClose(), typeNames);
      int end = LocalDeclaration.initializerEnd(text.tokens(), j, f.bodyClose());
      String name = d.declarators().get(0).name();
      String pointer = "__local " + d.baseType() + " *";
      if (first == null) {
        first = name;
        addParameter(text, f, pointer + name);
        text.edits().delete(previous, end + 1);
      } else {
        text.edits().replace(previous, end + 1, pointer + name + " = (" + pointer + ")" + first + ";");
      }
      j = end;
    }
    if (first == null && calleesNeedIt) { // only device functions it calls declare extern __shared__
      first = DeviceDynamicShared.PARAMETER;
      addParameter(text, f, "__local uchar *" + first);
    }
    return java.util.Optional.ofNullable(first);
  }

  /** Whether the declaration at {@code extern} is one this rule lowers: a single unsized array. */
  static boolean isLowered(SourceText text, int extern, int keyword, Declaration.Function f, Set<String> typeNames) {
    LocalDeclaration d = LocalDeclaration.read(text, extern, f.bodyClose(), typeNames);
    int end = LocalDeclaration.initializerEnd(text.tokens(), keyword, f.bodyClose());
    return d != null && d.declarators().size() == 1 && d.declarators().get(0).array()
        && Tokens.is(text.tokens(), end, ";");
  }

  private static void addParameter(SourceText text, Declaration.Function f, String parameter) {
    if (f.params().isEmpty()) {
      text.edits().replace(f.paramsOpen() + 1, f.paramsClose(), parameter); // also drops a lone 'void'
    } else {
      text.edits().insertBefore(f.paramsClose(), ", " + parameter);
    }
  }
}
