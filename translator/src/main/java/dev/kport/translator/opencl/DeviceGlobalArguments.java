package dev.kport.translator.opencl;

import dev.kport.translator.diag.Code;
import dev.kport.translator.emit.SourceText;
import dev.kport.translator.iface.KernelArg;
import dev.kport.translator.iface.KernelArg.Space;
import dev.kport.translator.lex.Token;
import dev.kport.translator.lex.TokenKind;
import dev.kport.translator.outline.Declaration;
import dev.kport.translator.outline.Item;
import dev.kport.translator.outline.Tokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * {@code __constant__} and {@code __device__} variables: OpenCL 1.2 programs have no globals the
 * host can fill, so each becomes an added kernel argument ({@code __constant float *c_mask}, or
 * {@code __global} for {@code __device__}) that the kernel interface names as a {@code symbol},
 * with its size, for the harness to fill as {@code cudaMemcpyToSymbol} would. Device functions
 * that read one take it as an added last parameter; a scalar's uses become {@code (*name)}.
 */
final class DeviceGlobalArguments {

  /** One global: element type, extents as written ({@code [25]}, or empty for a scalar), size in bytes (-1: unknown). */
  record Global(String name, String type, String dims, Space space, long bytes) {

    String parameter() {
      String inner = dims.replaceFirst("^\\s*\\[[^\\]]*\\]", "").strip();
      String keyword = "__" + space.name().toLowerCase(java.util.Locale.ROOT) + " ";
      return keyword + type + (inner.isEmpty() ? " *" + name : " (*" + name + ")" + inner);
    }
  }

  private static final Map<String, Integer> SIZES = Map.ofEntries(Map.entry("char", 1), Map.entry("signed char", 1),
      Map.entry("unsigned char", 1), Map.entry("short", 2), Map.entry("unsigned short", 2), Map.entry("int", 4),
      Map.entry("unsigned", 4), Map.entry("unsigned int", 4), Map.entry("float", 4), Map.entry("long", 8),
      Map.entry("unsigned long", 8), Map.entry("long long", 8), Map.entry("unsigned long long", 8),
      Map.entry("double", 8), Map.entry("float2", 8), Map.entry("float3", 12), Map.entry("float4", 16),
      Map.entry("int2", 8), Map.entry("int3", 12), Map.entry("int4", 16), Map.entry("uint2", 8),
      Map.entry("uint4", 16), Map.entry("double2", 16));

  private final Map<String, Global> globals = new HashMap<>();
  private final Map<String, List<Global>> own = new HashMap<>();
  private final Map<String, List<Global>> needs;

  private DeviceGlobalArguments(List<Global> found, List<FunctionSite> functions, CallGraph calls) {
    found.forEach(g -> globals.put(g.name(), g));
    for (FunctionSite f : functions) {
      List<Global> used = new ArrayList<>();
      for (int j : uses(f.text(), f.decl())) {
        Global g = globals.get(f.text().token(j).text());
        if (!used.contains(g)) {
          used.add(g);
        }
      }
      own.putIfAbsent(f.name(), used);
    }
    this.needs = calls.close(own);
  }

  static DeviceGlobalArguments find(List<Global> found, List<FunctionSite> functions, CallGraph calls) {
    return new DeviceGlobalArguments(found, functions, calls);
  }

  /** Reads {@code __constant__ float c_mask[N];}; {@code macros} and {@code resolve} size it. */
  static Global read(SourceText text, Item item, Declaration.Variable v, Map<String, String> macros,
      UnaryOperator<String> resolve) {
    List<String> typeWords = new ArrayList<>();
    int j = item.first();
    int name = -1;
    for (; j >= 0 && j <= item.last(); j = Tokens.nextSignificant(text.tokens(), j + 1, item.last() + 1)) {
      Token t = text.token(j);
      int next = Tokens.nextSignificant(text.tokens(), j + 1, item.last() + 1);
      boolean last = next < 0 || !text.token(next).isIdentifier();
      if (t.isIdentifier() && last) {
        name = j;
        break;
      }
      if (t.isIdentifier() && !Set.of("__constant__", "__device__", "static", "extern", "volatile").contains(t.text())) {
        typeWords.add(t.text());
      }
    }
    int end = name < 0 ? item.last() : LocalDeclaration.initializerEnd(text.tokens(), name + 1, item.last() + 1);
    StringBuilder dims = new StringBuilder();
    for (int k = name + 1; name >= 0 && k < end && !text.token(k).is("="); k++) {
      dims.append(text.token(k).isTrivia() ? "" : text.token(k).text());
    }
    String type = String.join(" ", typeWords).replace("const ", "").replace("const", "").strip();
    long bytes = size(resolve.apply(type), dims.toString(), macros);
    Space space = v.words().contains("__constant__") ? Space.CONSTANT : Space.GLOBAL;
    return new Global(name < 0 ? "?" : text.token(name).text(), type, dims.toString(), space, bytes);
  }

  private static long size(String type, String dims, Map<String, String> macros) {
    Integer element = SIZES.get(type);
    if (element == null) {
      return -1;
    }
    long bytes = element;
    for (String extent : dims.replace("]", "").split("\\[")) {
      if (extent.isBlank()) {
        continue;
      }
      OptionalLong n = ConstantExpression.evaluate(extent, macros);
      if (n.isEmpty()) {
        return -1;
      }
      bytes *= n.getAsLong();
    }
    return bytes;
  }

  /** The declaration itself leaves the output: the kernels take the data as arguments. */
  void replaceDeclaration(SourceText text, Item item, Global g) {
    text.edits().replace(item.first(), item.last() + 1, "/* " + g.name() + ": a kernel argument in OpenCL (" + g.space()
        .name().toLowerCase(java.util.Locale.ROOT) + " memory) */");
    if (g.bytes() < 0) {
      text.report(Code.DEVICE_GLOBAL_SIZE_UNKNOWN, item.first(), "cannot tell the size of '" + g.name() + "'");
    }
  }

  /** A kernel: takes each global it reaches as a last argument; returns their interface entries. */
  List<KernelArg> applyToKernel(SourceText text, Declaration.Function f) {
    List<Global> need = needs.getOrDefault(f.name(), List.of());
    derefScalars(text, f);
    if (!need.isEmpty()) {
      CallGraph.appendArguments(text, f.paramsOpen(), f.paramsClose(), !f.params().isEmpty(),
          need.stream().map(Global::parameter).toList(), true);
    }
    rewriteCalls(text, f);
    return need.stream().map(g -> (KernelArg) new KernelArg.Symbol(g.name(), g.bytes(), g.space())).toList();
  }

  /** A device function: takes each global it reaches as a last parameter and passes them on. */
  void applyToDevice(SourceText text, Declaration.Function f) {
    applyToKernel(text, f);
  }

  private void derefScalars(SourceText text, Declaration.Function f) {
    for (int j : uses(text, f)) {
      if (globals.get(text.token(j).text()).dims().isEmpty()) {
        text.edits().replace(j, "(*" + text.token(j).text() + ")");
      }
    }
  }

  private void rewriteCalls(SourceText text, Declaration.Function f) {
    List<Token> tokens = text.tokens();
    for (int j = f.bodyOpen() + 1; j < f.bodyClose(); j++) {
      if (LexedTokens.kind(tokens, j) != TokenKind.IDENTIFIER) {
        continue; // only a name can call; looked at first, so other tokens cost no text or lookup
      }
      List<Global> need = needs.getOrDefault(tokens.get(j).text(), List.of());
      int open = need.isEmpty() ? -1 : Tokens.nextSignificant(tokens, j + 1, f.bodyClose());
      if (need.isEmpty() || !Tokens.is(tokens, open, "(")) {
        continue;
      }
      int close = Tokens.matching(tokens, open, f.bodyClose());
      boolean hasArgs = Tokens.nextSignificant(tokens, open + 1, close) >= 0;
      CallGraph.appendArguments(text, open, close, hasArgs, need.stream().map(Global::name).toList(), false);
    }
  }

  /** Tokens in {@code f}'s body that name a global (not a member of the same name). */
  private List<Integer> uses(SourceText text, Declaration.Function f) {
    List<Integer> found = new ArrayList<>();
    for (int j = f.bodyOpen() + 1; j < f.bodyClose() && !globals.isEmpty(); j++) {
      int previous = Tokens.previousSignificant(text.tokens(), j - 1);
      boolean member = Tokens.is(text.tokens(), previous, ".") || Tokens.is(text.tokens(), previous, "->");
      if (text.token(j).isIdentifier() && globals.containsKey(text.token(j).text()) && !member) {
        found.add(j);
      }
    }
    return found;
  }
}
