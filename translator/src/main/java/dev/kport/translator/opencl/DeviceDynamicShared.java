package dev.kport.translator.opencl;

import dev.kport.translator.emit.SourceText;
import dev.kport.translator.lex.Token;
import dev.kport.translator.outline.Declaration;
import dev.kport.translator.outline.Tokens;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code extern __shared__} in a device function: the launch's dynamic local memory reaches it
 * as an added last parameter {@code __local void *kport_dynamic}, passed down from the kernel's
 * dynamic local argument through every function on the way; the declaration becomes a typed
 * pointer to it. (CUDA gives every {@code extern __shared__} array the same address.)
 */
final class DeviceDynamicShared {

  static final String PARAMETER = "kport_dynamic";

  private final Map<String, List<String>> needs;
  private final Set<String> typeNames;

  private DeviceDynamicShared(Map<String, List<String>> needs, Set<String> typeNames) {
    this.needs = needs;
    this.typeNames = typeNames;
  }

  static DeviceDynamicShared find(CallGraph calls, List<FunctionSite> devices, Set<String> typeNames) {
    Map<String, List<String>> own = new HashMap<>();
    for (FunctionSite d : devices) {
      if (declarations(d.text(), d.decl(), typeNames) > 0) {
        own.put(d.name(), List.of(PARAMETER));
      }
    }
    return new DeviceDynamicShared(calls.close(own), typeNames);
  }

  /** Whether {@code function} reaches an {@code extern __shared__} of a device function. */
  boolean needs(String function) {
    return !needs.getOrDefault(function, List.of()).isEmpty();
  }

  void applyToDevice(SourceText text, Declaration.Function f) {
    if (!needs(f.name())) {
      return;
    }
    CallGraph.appendArguments(text, f.paramsOpen(), f.paramsClose(), !f.params().isEmpty(),
        List.of("__local void *" + PARAMETER), true);
    for (int j = f.bodyOpen() + 1; j < f.bodyClose(); j++) {
      int extern = externAt(text, j, f);
      if (extern >= 0) {
        LocalDeclaration d = LocalDeclaration.read(text, extern, f.bodyClose(), typeNames);
        int end = LocalDeclaration.initializerEnd(text.tokens(), j, f.bodyClose());
        String pointer = "__local " + d.baseType() + " *";
        text.edits().replace(extern, end + 1, pointer + d.declarators().get(0).name() + " = (" + pointer + ")"
            + PARAMETER + ";");
        j = end;
      }
    }
    rewriteCalls(text, f, PARAMETER);
  }

  /** A kernel passes its dynamic local argument, named {@code local}, to the functions that need it. */
  void applyToKernel(SourceText text, Declaration.Function f, String local) {
    rewriteCalls(text, f, local);
  }

  /** Whether the {@code __shared__} at {@code keyword} is an {@code extern} one this class lowers. */
  static boolean lowers(SourceText text, int keyword, Declaration.Function f, Set<String> typeNames) {
    int previous = Tokens.previousSignificant(text.tokens(), keyword - 1);
    return !f.isKernel() && Tokens.is(text.tokens(), previous, "extern")
        && DynamicSharedRule.isLowered(text, previous, keyword, f, typeNames);
  }

  private int externAt(SourceText text, int j, Declaration.Function f) {
    if (!text.token(j).is("__shared__") || !lowers(text, j, f, typeNames)) {
      return -1;
    }
    return Tokens.previousSignificant(text.tokens(), j - 1);
  }

  private static int declarations(SourceText text, Declaration.Function f, Set<String> typeNames) {
    int n = 0;
    for (int j = f.bodyOpen() + 1; j < f.bodyClose(); j++) {
      n += text.token(j).is("__shared__") && lowers(text, j, f, typeNames) ? 1 : 0;
    }
    return n;
  }

  private void rewriteCalls(SourceText text, Declaration.Function f, String local) {
    List<Token> tokens = text.tokens();
    for (int j = f.bodyOpen() + 1; j < f.bodyClose(); j++) {
      int open = Tokens.nextSignificant(tokens, j + 1, f.bodyClose());
      if (!tokens.get(j).isIdentifier() || !needs(tokens.get(j).text()) || !Tokens.is(tokens, open, "(")) {
        continue;
      }
      int close = Tokens.matching(tokens, open, f.bodyClose());
      boolean hasArgs = Tokens.nextSignificant(tokens, open + 1, close) >= 0;
      CallGraph.appendArguments(text, open, close, hasArgs, List.of(local), false);
    }
  }
}
