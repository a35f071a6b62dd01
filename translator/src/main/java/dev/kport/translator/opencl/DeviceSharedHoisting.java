package dev.kport.translator.opencl;

import dev.kport.translator.diag.Code;
import dev.kport.translator.emit.SourceText;
import dev.kport.translator.lex.Token;
import dev.kport.translator.lex.TokenKind;
import dev.kport.translator.outline.Declaration;
import dev.kport.translator.outline.Tokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code __shared__} variables declared in a device function, which OpenCL allows only at kernel
 * scope. CUDA gives such a variable one allocation per block, however often the function is
 * called, so each kernel that reaches the function declares it once ({@code __local float
 * block_sum_sa[256];}, named after function and variable) and passes it down: the function,
 * and every device function on the way to it, takes it as an added last {@code __local}
 * pointer parameter.
 */
final class DeviceSharedHoisting {

  /** One {@code __shared__} declaration of {@code owner}: {@code type name dims;} at tokens {@code [start, end]}. */
  record SharedVar(String owner, String name, String type, String dims, int start, int end) {

    String mangled() {
      return owner + "_" + name;
    }

    /** The parameter {@code f} takes for it: the variable's own name in its owner, the mangled one elsewhere. */
    String parameter(String f) {
      String inner = dims.replaceFirst("^\\s*\\[[^\\]]*\\]", "").strip(); // the first extent goes, as for any array
      String n = f.equals(owner) ? name : mangled();
      return "__local " + type + (inner.isEmpty() ? " *" + n : " (*" + n + ")" + inner);
    }
  }

  private final Map<String, List<SharedVar>> own = new HashMap<>();
  private final Map<String, List<SharedVar>> needs;

  private DeviceSharedHoisting(Map<String, List<SharedVar>> own, CallGraph calls) {
    this.own.putAll(own);
    this.needs = calls.close(own);
  }

  static DeviceSharedHoisting find(CallGraph calls, List<FunctionSite> devices, Set<String> typeNames) {
    Map<String, List<SharedVar>> own = new HashMap<>();
    for (FunctionSite d : devices) {
      own.putIfAbsent(d.name(), declarations(d, typeNames));
    }
    return new DeviceSharedHoisting(own, calls);
  }

  /** Whether {@code f} declares the {@code __shared__} statement at {@code keyword}, which this moves out. */
  boolean moves(Declaration.Function f, int start) {
    return own.getOrDefault(f.name(), List.of()).stream().anyMatch(v -> v.start() == start);
  }

  /** A device function: its own declarations go, its signature takes what it needs, its calls pass it on. */
  void applyToDevice(SourceText text, Declaration.Function f) {
    for (SharedVar v : own.getOrDefault(f.name(), List.of())) {
      text.edits().delete(v.start(), v.end() + 1);
      text.report(Code.SHARED_HOISTED, v.start(), "__shared__ " + v.name() + " of '" + f.name()
          + "' is declared by each kernel that calls it and passed in as a __local pointer");
    }
    List<String> params = needs.getOrDefault(f.name(), List.of()).stream().map(v -> v.parameter(f.name())).toList();
    if (!params.isEmpty()) {
      CallGraph.appendArguments(text, f.paramsOpen(), f.paramsClose(), !f.params().isEmpty(), params, true);
    }
    rewriteCalls(text, f);
  }

  /** A kernel: declares what the functions it calls need, at the top of its body, and passes it. */
  void applyToKernel(SourceText text, Declaration.Function f) {
    StringBuilder declarations = new StringBuilder();
    for (SharedVar v : needs.getOrDefault(f.name(), List.of())) {
      declarations.append("\n    __local ").append(v.type()).append(' ').append(v.mangled()).append(v.dims())
          .append(';');
    }
    if (declarations.length() > 0) {
      text.edits().insertBefore(f.bodyOpen() + 1, declarations.toString());
    }
    rewriteCalls(text, f);
  }

  private void rewriteCalls(SourceText text, Declaration.Function f) {
    List<Token> tokens = text.tokens();
    for (int j = f.bodyOpen() + 1; j < f.bodyClose(); j++) {
      if (LexedTokens.kind(tokens, j) != TokenKind.IDENTIFIER) {
        continue; // only a name can call; looked at first, so other tokens cost no text or lookup
      }
      List<SharedVar> need = needs.getOrDefault(tokens.get(j).text(), List.of());
      int open = need.isEmpty() ? -1 : Tokens.nextSignificant(tokens, j + 1, f.bodyClose());
      if (need.isEmpty() || !Tokens.is(tokens, open, "(")) {
        continue;
      }
      int close = Tokens.matching(tokens, open, f.bodyClose());
      boolean hasArgs = Tokens.nextSignificant(tokens, open + 1, close) >= 0;
      List<String> args = need.stream().map(v -> v.owner().equals(f.name()) ? v.name() : v.mangled()).toList();
      CallGraph.appendArguments(text, open, close, hasArgs, args, false);
    }
  }

  private static List<SharedVar> declarations(FunctionSite f, Set<String> typeNames) {
    SourceText text = f.text();
    Declaration.Function d = f.decl();
    List<SharedVar> found = new ArrayList<>();
    for (int j = d.bodyOpen() + 1; j < d.bodyClose(); j++) {
      int previous = Tokens.previousSignificant(text.tokens(), j - 1);
      if (!text.token(j).is("__shared__") || Tokens.is(text.tokens(), previous, "extern")) {
        continue;
      }
      int start = j;
      while (Tokens.previousSignificant(text.tokens(), start - 1) >= 0) {
        Token p = text.token(Tokens.previousSignificant(text.tokens(), start - 1));
        if (p.is(";") || p.is("{") || p.is("}")) {
          break;
        }
        start = Tokens.previousSignificant(text.tokens(), start - 1);
      }
      LocalDeclaration decl = LocalDeclaration.read(text, start, d.bodyClose(), typeNames);
      int end = LocalDeclaration.initializerEnd(text.tokens(), j, d.bodyClose());
      if (decl == null || decl.declarators().size() != 1 || decl.declarators().get(0).initFrom() >= 0
          || !Tokens.is(text.tokens(), end, ";")) {
        continue; // SharedMemoryRule reports it
      }
      LocalDeclaration.Declarator v = decl.declarators().get(0);
      String type = raw(text, j + 1, v.nameIndex()).replace("*", "").strip() + "*".repeat(v.stars());
      found.add(new SharedVar(d.name(), v.name(), type.strip(), raw(text, v.nameIndex() + 1, end).strip(), start,
          end));
      j = end;
    }
    return found;
  }

  private static String raw(SourceText text, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int k = from; k < to; k++) {
      sb.append(text.token(k).isTrivia() ? " " : text.token(k).text());
    }
    return sb.toString().replaceAll("\\s+", " ");
  }
}
