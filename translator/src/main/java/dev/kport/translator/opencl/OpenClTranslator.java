package dev.kport.translator.opencl;

import dev.kport.translator.TranslateOptions;
import dev.kport.translator.Translation;
import dev.kport.translator.diag.Code;
import dev.kport.translator.diag.Diagnostics;
import dev.kport.translator.emit.SourceText;
import dev.kport.translator.iface.KernelArg;
import dev.kport.translator.iface.KernelInterface;
import dev.kport.translator.lex.Lexer;
import dev.kport.translator.lex.TokenList;
import dev.kport.translator.outline.Declaration;
import dev.kport.translator.outline.Item;
import dev.kport.translator.preprocess.Directive;
import dev.kport.translator.preprocess.IncludeExpansion;
import dev.kport.translator.preprocess.Part;
import dev.kport.translator.preprocess.Unit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Runs the OpenCL pipeline: include expansion, selection, address spaces, rules, then the text. */
public final class OpenClTranslator {

  private final Path file;
  private final Diagnostics diagnostics = new Diagnostics();
  private final Program program;
  private final DeviceCodeSelection selection;
  /** For code: every expression rule. */
  private final List<ExpressionRule> rules;
  /** For type declarations and constants, where a member may share a built-in's name. */
  private final List<ExpressionRule> typeRules;
  private final Map<Declaration.Function, FunctionSite> sites = new IdentityHashMap<>();
  private final AtomicHelpers atomicHelpers = new AtomicHelpers();
  /** Text emitted right after a part: the further copies of a cloned function. */
  private final Map<Part.Code, String> followers = new IdentityHashMap<>();
  private DeviceSharedHoisting hoisting;
  private DeviceGlobalArguments globals;
  private WarpScratch warps;
  private BarrierInlining inlining;
  private DeviceDynamicShared deviceDynamic;
  private final Map<Part.Code, DeviceGlobalArguments.Global> globalDeclarations = new IdentityHashMap<>();
  /** For #define bodies: the code rules, and a report for what only a function body can translate. */
  private final List<ExpressionRule> defineRules;

  private OpenClTranslator(Path file, String source, TranslateOptions options) {
    this.file = file;
    this.program = new Program(IncludeExpansion.expand(file, source, options.includeDirs(), diagnostics),
        options.defines());
    this.selection = DeviceCodeSelection.select(program, options.entries(), file.toString(), diagnostics);
    this.typeRules = List.of(new RenameRule(RenameTable.standard(), program.userNames()), new LongLongRule(),
        new QualifierRule(), new ReservedNameRule(program.clashingFunctionNames()));
    this.rules = new ArrayList<>(List.of(new ThreadIndexRule(), new BarrierRule(), new VectorRule(), new LoadRule(),
        new CppCastRule(), new UnsupportedSyntaxRule()));
    this.rules.addAll(typeRules);
    this.defineRules = new ArrayList<>(rules);
    this.defineRules.add(new AtomicInMacroRule());
  }

  /** Translates {@code source} (the text of {@code file}); {@code -D} values are left to the OpenCL compiler. */
  public static Translation translate(Path file, String source, TranslateOptions options) {
    return new OpenClTranslator(file, source, options).run();
  }

  private Translation run() {
    List<FunctionSite> devices = deviceFunctions();
    selection.kernels().forEach(k -> sites.put(k.decl(), k));
    devices.forEach(d -> sites.put(d.decl(), d));
    CallGraph calls = new CallGraph(selection.kernels(), devices);
    hoisting = DeviceSharedHoisting.find(calls, devices, program.typeNames());
    for (Part part : program.parts()) {
      if (part instanceof Part.Code code && selection.role(code).orElse(null) == Role.DEVICE_GLOBAL) {
        globalDeclarations.put(code, DeviceGlobalArguments.read(code.unit().text(), code.item(),
            (Declaration.Variable) program.declaration(code).orElseThrow(), program.objectMacros(),
            program::resolveType));
      }
    }
    List<FunctionSite> functions = new ArrayList<>(selection.kernels());
    functions.addAll(devices);
    globals = DeviceGlobalArguments.find(new ArrayList<>(globalDeclarations.values()), functions, calls);
    warps = WarpScratch.find(calls, functions);
    inlining = BarrierInlining.find(calls, functions);
    deviceDynamic = DeviceDynamicShared.find(calls, devices, program.typeNames());
    Map<String, BodyScan.Global> globalBindings = new java.util.HashMap<>();
    globalDeclarations.values().forEach(g -> globalBindings.put(g.name(), new BodyScan.Global(g.space(),
        !g.dims().isEmpty(), program.resolveType(g.type()))));
    AddressSpaceInference.Result spaces = AddressSpaceInference.infer(selection.kernels(), devices,
        program.typeNames(), globalBindings);
    List<KernelInterface.Kernel> kernels = new ArrayList<>();
    for (Part part : program.parts()) {
      if (part instanceof Part.Code code) {
        selection.role(code).ifPresent(role -> rewrite(code, role, spaces, kernels));
      }
    }
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    KernelInterface iface = new KernelInterface(name, kernels);
    return new Translation(render(name), diagnostics.all(), Optional.of(iface));
  }

  private List<FunctionSite> deviceFunctions() {
    List<FunctionSite> devices = new ArrayList<>();
    for (Part part : program.parts()) {
      if (part instanceof Part.Code code && selection.role(code).orElse(null) == Role.DEVICE_FUNCTION) {
        Declaration.Function f = (Declaration.Function) program.declaration(code).orElseThrow();
        if (f.hasBody()) {
          devices.add(new FunctionSite(code.unit(), f));
        }
      }
    }
    return devices;
  }

  private void rewrite(Part.Code code, Role role, AddressSpaceInference.Result spaces,
      List<KernelInterface.Kernel> kernels) {
    SourceText text = code.unit().text();
    Item item = code.item();
    Optional<Declaration> decl = program.declaration(code);
    if (role == Role.KERNEL) {
      Declaration.Function f = (Declaration.Function) decl.orElseThrow();
      if (!f.template()) {
        rewriteKernel(sites.get(f), Optional.empty(), spaces, kernels);
        return;
      }
      List<TemplateInstance> instances = selection.instances().stream()
          .filter(i -> i.template().equals(f.name())).toList();
      StringBuilder more = new StringBuilder();
      for (int i = 0; i < instances.size(); i++) {
        SourceText copy = i == 0 ? text : text.copy(); // the first keeps the comments before it
        rewriteKernel(new FunctionSite(new Unit(code.unit().path(), copy, code.unit().items()), f),
            Optional.of(instances.get(i)), spaces, kernels);
        if (i > 0) {
          more.append("\n").append(copy.edits().render(item.first(), item.last() + 1)).append("\n");
        }
      }
      followers.put(code, more.toString());
    } else if (role == Role.DEVICE_FUNCTION) {
      Declaration.Function f = (Declaration.Function) decl.orElseThrow();
      List<FunctionClones.Clone> clones = spaces.clonesOf(f.name()).stream()
          .filter(c -> c.body().site().decl() == f).toList();
      if (clones.isEmpty()) {
        rewriteDeviceFunction(text, f, spaces.parametersOf(f.name()), spaces, bodyOf(f, spaces));
      } else {
        StringBuilder more = new StringBuilder();
        for (int i = 0; i < clones.size(); i++) {
          FunctionClones.Clone c = clones.get(i);
          SourceText copy = i == 0 ? text : text.copy(); // the first copy keeps the comments before it
          copy.edits().replace(f.nameIndex(), c.name()); // before the rules, whose renames it overrides
          rewriteDeviceFunction(copy, f, c.spaces(), spaces, c.body());
          if (i > 0) {
            more.append("\n").append(copy.edits().render(item.first(), item.last() + 1)).append("\n");
          }
        }
        followers.put(code, more.toString());
      }
    } else if (role == Role.DEVICE_GLOBAL) {
      globals.replaceDeclaration(text, item, globalDeclarations.get(code));
    } else if (role == Role.TYPE || role == Role.HOST_CONSTANT) {
      if (role == Role.HOST_CONSTANT) {
        HostConstantRule.apply(text, item);
      } else {
        StructTagRule.apply(text, (Declaration.Type) decl.orElseThrow());
      }
      typeRules.forEach(rule -> rule.apply(text, item.first(), item.last() + 1));
    } else if (role == Role.DIRECTIVE) {
      Directive d = program.directive(code).orElseThrow();
      Optional<Set<String>> qualifiers = d.kind() == Directive.Kind.DEFINE ? program.qualifierMacro(d.name())
          : Optional.empty();
      if (qualifiers.isPresent()) {
        String head = text.token(item.first()).text().substring(0, d.bodyOffset());
        text.edits().replace(item.first(), head + QualifierMacros.rewrite(qualifiers.get()));
      } else {
        DefineBodyRule.apply(text, item.first(), d, defineRules);
      }
    }
  }

  /** A kernel, or one instance of a kernel template, and its entry in the interface. */
  private void rewriteKernel(FunctionSite site, Optional<TemplateInstance> instance, AddressSpaceInference.Result spaces,
      List<KernelInterface.Kernel> kernels) {
    SourceText text = site.text();
    Declaration.Function f = site.decl();
    List<TemplateInstance.Parameter> params = List.of();
    if (instance.isPresent()) {
      int[] close = new int[1];
      params = TemplateInstance.parameters(text.tokens(), f.item().first(), close);
      instance.get().substitute(text, f, params, close[0]);
    }
    KernelInterface.Kernel kernel = KernelSignatureRule.apply(site, program::resolveType,
        program.clashingFunctionNames(), program::structLayout);
    List<KernelArg> args = new ArrayList<>();
    for (KernelArg a : kernel.args()) {
      if (a instanceof KernelArg.Param p && instance.isPresent()) {
        TemplateInstance t = instance.get();
        a = new KernelArg.Param(p.index(), p.name(), t.substituteType(p.type(), params),
            program.resolveType(t.substituteType(p.elementType(), params)), p.pointer(), p.space(), p.layout());
      }
      args.add(a);
    }
    hoisting.applyToKernel(text, f);
    args.addAll(globals.applyToKernel(text, f));
    warps.applyToKernel(text, f);
    Optional<String> dynamic = DynamicSharedRule.apply(text, f, program.typeNames(), deviceDynamic.needs(f.name()));
    if (dynamic.isPresent()) {
      args.add(new KernelArg.DynamicShared());
      deviceDynamic.applyToKernel(text, f, dynamic.get());
    }
    String name = instance.map(TemplateInstance::kernelName).orElse(kernel.name());
    String entry = instance.map(TemplateInstance::entry).orElse(kernel.entry());
    if (kernels.stream().noneMatch(k -> k.name().equals(name))) {
      // one entry per name, though #if branches may define it twice
      kernels.add(new KernelInterface.Kernel(name, entry, args));
    }
    rewriteBody(text, f, spaces, bodyOf(f, spaces));
    GridStrideLoopRule.apply(text, f, k -> isWarpCall(text, k, f)); // last: it copies the translated loop
  }

  private void rewriteDeviceFunction(SourceText text, Declaration.Function f, Map<Integer, KernelArg.Space> own,
      AddressSpaceInference.Result spaces, BodyScan body) {
    DeviceFunctionRule.apply(text, f, own, program.typeNames());
    ReferenceRule.applyToFunction(text, f);
    hoisting.applyToDevice(text, f);
    globals.applyToDevice(text, f);
    warps.applyToDevice(text, f);
    inlining.apply(text, f);
    deviceDynamic.applyToDevice(text, f);
    rewriteBody(text, f, spaces, body);
  }

  /** A call to a warp primitive, or to a function that reaches one: every work-item must make it. */
  private boolean isWarpCall(SourceText text, int k, Declaration.Function f) {
    String name = text.token(k).text();
    boolean call = dev.kport.translator.outline.Tokens.is(text.tokens(),
        dev.kport.translator.outline.Tokens.nextSignificant(text.tokens(), k + 1, f.bodyClose()), "(");
    return call && (WarpCallRule.needsScratch(name) || warps.uses(name) || name.equals("__syncthreads"));
  }

  private BodyScan bodyOf(Declaration.Function f, AddressSpaceInference.Result spaces) {
    return sites.containsKey(f) ? spaces.bodies().get(sites.get(f)) : null;
  }

  private void rewriteBody(SourceText text, Declaration.Function f, AddressSpaceInference.Result spaces,
      BodyScan body) {
    if (program.clashingFunctionNames().contains(f.name()) && f.hasBody() && spaces.clonesOf(f.name()).isEmpty()) {
      text.report(Code.BUILTIN_NAME_RENAMED, f.nameIndex(), "'" + f.name() + "' is an OpenCL built-in: renamed to '"
          + ReservedNameRule.renamed(f.name()) + "'");
    }
    if (body != null) { // calls go to the right copy; made first, so a built-in name's rename does not win
      spaces.cloneCalls(body).forEach((nameIndex, clone) -> text.edits().replace(nameIndex, clone));
    }
    applyExpressionRules(text, f.item().first(), f.item().last() + 1);
    WarpCallRule.apply(text, f.item().first(), f.item().last() + 1);
    LockstepRule.apply(text, f);
    if (f.isKernel()) {
      ThreeComponentBufferRule.apply(text, f, program::resolveType);
    }
    if (!f.hasBody() || body == null) {
      return;
    }
    if (warps.uses(f.name())) {
      ConvergenceRule.apply(text, f, k -> isWarpCall(text, k, f), program.typeNames());
    }
    ReferenceRule.applyToCalls(text, body);
    Set<Integer> annotated = new HashSet<>();
    for (BodyScan.LocalPointer p : body.locals()) {
      String keyword = p.space().map(Signatures::keyword).orElse("");
      if (!keyword.isEmpty() && annotated.add(p.declarationFirst())) {
        text.edits().insertBefore(p.declarationFirst(), keyword);
      }
    }
    AtomicRule.apply(text, body.atomics(), atomicHelpers);
    for (BodyScan.PointerCast c : body.casts()) {
      String keyword = c.space().map(Signatures::keyword).orElse("");
      if (!keyword.isEmpty() && annotated.add(c.typeFirst())) {
        text.edits().insertBefore(c.typeFirst(), keyword);
      }
    }
    SharedMemoryRule.apply(text, f, program.typeNames(), hoisting);
  }

  private void applyExpressionRules(SourceText text, int from, int to) {
    for (ExpressionRule rule : rules) {
      rule.apply(text, from, to);
    }
  }

  private String render(String name) {
    StringBuilder out = new StringBuilder();
    Deque<int[]> includes = new ArrayDeque<>();
    for (Part part : program.parts()) {
      if (part instanceof Part.EnterInclude enter) {
        endLine(out);
        int start = out.length();
        out.append("// begin #include \"").append(enter.header()).append("\" (inlined by kport)\n");
        includes.push(new int[] {start, out.length()});
      } else if (part instanceof Part.LeaveInclude leave) {
        int[] mark = includes.pop();
        if (out.length() == mark[1]) {
          out.setLength(mark[0]); // nothing of the header is device code: no empty begin/end pair
        } else {
          endLine(out);
          out.append("// end #include \"").append(leave.header()).append("\"\n");
        }
      } else if (part instanceof Part.Code code && code.item().kind() == Item.Kind.DIRECTIVE
          && selection.role(code).isEmpty()) {
        // a left-out #include <...> often sits under the file's header comment: keep the comment
        out.append(code.unit().text().edits().render(code.item().start(), code.item().first()));
      } else if (part instanceof Part.Code code && selection.role(code).isPresent()) {
        String text = code.unit().text().edits().render(code.item().start(), code.item().end())
            + followers.getOrDefault(code, "");
        boolean blank = text.isBlank() && endsWithBlankLine(out);
        if (!blank) {
          out.append(text);
        }
      }
    }
    String extensions = atomicHelpers.pragmas();
    String body = out.toString();
    return header(name, body) + extensions + atomicHelpers.definitions() + HelperLibrary.definitionsFor(body) + body;
  }

  /** At the start, or after an empty line: another blank line would only add height. */
  private static boolean endsWithBlankLine(StringBuilder out) {
    int n = out.length();
    return n == 0 || (n >= 2 && out.charAt(n - 1) == '\n' && out.charAt(n - 2) == '\n');
  }

  private static void endLine(StringBuilder out) {
    if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
      out.append('\n');
    }
  }

  /** A first line saying where the text came from, and the fp64 switch when doubles are used. */
  private static String header(String name, String body) {
    String header = "// OpenCL C 1.2, translated from " + name + " by kport\n";
    if (usesDouble(body)) {
      header += "#ifdef cl_khr_fp64\n#pragma OPENCL EXTENSION cl_khr_fp64 : enable\n#endif\n";
    }
    return header;
  }

  /** Whether {@code double} occurs as a word; text without those letters is not lexed at all. */
  private static boolean usesDouble(String body) {
    if (!body.contains("double")) {
      return false;
    }
    TokenList tokens = Lexer.lexList(body);
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.textIs(i, "double")) {
        return true;
      }
    }
    return false;
  }
}
