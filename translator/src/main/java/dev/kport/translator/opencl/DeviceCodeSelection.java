package dev.kport.translator.opencl;

import dev.kport.translator.diag.Code;
import dev.kport.translator.diag.Diagnostics;
import dev.kport.translator.emit.SourceText;
import dev.kport.translator.lex.Lexer;
import dev.kport.translator.lex.Token;
import dev.kport.translator.lex.TokenKind;
import dev.kport.translator.outline.Declaration;
import dev.kport.translator.outline.Item;
import dev.kport.translator.preprocess.Directive;
import dev.kport.translator.preprocess.Part;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which parts of the program go into the {@code .cl}: the kernels asked for, and what
 * they use (device functions, types, constants), found by following names until nothing new is
 * reached. Host code is left out; device code that cannot be translated is kept with a diagnostic.
 */
final class DeviceCodeSelection {

  private static final Set<String> DEVICE_WORDS = Set.of("__global__", "__device__", "__constant__", "__managed__",
      "__shared__");

  private final Program program;
  private final Diagnostics diagnostics;
  private final Map<Part.Code, Role> roles = new IdentityHashMap<>();
  private final Set<String> used = new HashSet<>();
  private final List<FunctionSite> kernels = new ArrayList<>();
  private final List<TemplateInstance> instances = new ArrayList<>();
  private boolean everything;

  private DeviceCodeSelection(Program program, Diagnostics diagnostics) {
    this.program = program;
    this.diagnostics = diagnostics;
  }

  /** Selects for {@code entries} (CUDA kernel names; empty: every kernel). */
  static DeviceCodeSelection select(Program program, List<String> entries, String mainFile, Diagnostics diagnostics) {
    DeviceCodeSelection s = new DeviceCodeSelection(program, diagnostics);
    s.everything = entries.isEmpty();
    s.chooseKernels(entries, mainFile);
    s.keepDirectivesAndTrivia();
    s.followUses();
    return s;
  }

  /** The role of a kept part; empty when the part is left out. */
  Optional<Role> role(Part.Code part) {
    return Optional.ofNullable(roles.get(part));
  }

  /** The kernels to emit, kernel templates among them (emitted once per instance). */
  List<FunctionSite> kernels() {
    return Collections.unmodifiableList(kernels);
  }

  /** The instantiations of kernel templates to emit, in the order asked for or met. */
  List<TemplateInstance> instances() {
    return Collections.unmodifiableList(instances);
  }

  private void chooseKernels(List<String> entries, String mainFile) {
    List<FunctionSite> all = program.kernels();
    for (String entry : entries) {
      Optional<TemplateInstance> instance = TemplateInstance.parse(entry);
      if (instance.isPresent() && addInstance(instance.get())) {
        continue;
      }
      String wanted = entry.replace(" ", "");
      List<FunctionSite> found = all.stream().filter(k -> k.name().equals(wanted)).toList();
      if (found.isEmpty()) {
        List<String> names = all.stream().map(FunctionSite::name).distinct().toList();
        diagnostics.report(Code.UNKNOWN_ENTRY, mainFile, 1, 1, "no kernel '" + entry + "' in " + mainFile
            + "; it defines " + (names.isEmpty() ? "no kernels" : String.join(", ", names)));
      }
      found.stream().filter(k -> !kernels.contains(k)).forEach(kernels::add);
    }
    if (everything) {
      kernels.addAll(all);
      instancesInSource();
    }
  }

  /** Adds an instance of a kernel template the program defines; false when it defines none of that name. */
  private boolean addInstance(TemplateInstance instance) {
    Optional<FunctionSite> template = program.templateKernels().stream()
        .filter(t -> t.name().equals(instance.template())).findFirst();
    if (template.isEmpty()) {
      return false;
    }
    if (!kernels.contains(template.get())) {
      kernels.add(template.get());
    }
    boolean known = instances.stream().anyMatch(i -> i.kernelName().equals(instance.kernelName()));
    if (!known) {
      instances.add(instance);
    }
    return true;
  }

  /** Instantiations written out ({@code template __global__ void k<float>(...);}) or launched ({@code k<float><<<}). */
  private void instancesInSource() {
    Set<String> names = new HashSet<>();
    program.templateKernels().forEach(t -> names.add(t.name()));
    for (Part part : program.parts()) {
      if (!(part instanceof Part.Code code) || names.isEmpty()) {
        continue;
      }
      List<Token> tokens = code.unit().text().tokens();
      for (int j = code.item().first(); j >= 0 && j <= code.item().last(); j++) {
        if (LexedTokens.kind(tokens, j) != TokenKind.IDENTIFIER || !names.contains(tokens.get(j).text())) {
          continue; // the '<' is looked for only after a template kernel's name
        }
        int lt = dev.kport.translator.outline.Tokens.nextSignificant(tokens, j + 1, code.item().last() + 1);
        if (!dev.kport.translator.outline.Tokens.is(tokens, lt, "<")) {
          continue;
        }
        StringBuilder text = new StringBuilder(tokens.get(j).text());
        int depth = 0;
        for (int k = lt; k <= code.item().last(); k++) {
          depth += tokens.get(k).is("<") ? 1 : tokens.get(k).is(">") ? -1 : 0;
          text.append(tokens.get(k).isTrivia() ? " " : tokens.get(k).text());
          if (depth == 0) {
            break;
          }
        }
        TemplateInstance.parse(text.toString()).ifPresent(this::addInstance);
      }
    }
  }

  private void keepDirectivesAndTrivia() {
    for (Part part : program.parts()) {
      if (!(part instanceof Part.Code code)) {
        continue;
      }
      Item.Kind kind = code.item().kind();
      if (kind == Item.Kind.TRIVIA) {
        roles.put(code, Role.TRIVIA);
      } else if (kind == Item.Kind.STRAY) {
        roles.put(code, Role.VERBATIM);
      } else if (kind == Item.Kind.DIRECTIVE) {
        Directive d = program.directive(code).orElseThrow();
        if (d.kind() != Directive.Kind.INCLUDE_SYSTEM && d.kind() != Directive.Kind.PRAGMA_ONCE) {
          roles.put(code, Role.DIRECTIVE);
          useIdentifiers(Lexer.lex(code.unit().text().token(code.item().first()).text()), 0, Integer.MAX_VALUE);
        }
      }
    }
  }

  private void followUses() {
    for (FunctionSite k : kernels) {
      for (Part part : program.parts()) {
        if (part instanceof Part.Code code && program.declaration(code).orElse(null) == k.decl()) {
          keep(code, Role.KERNEL);
        }
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Part part : program.parts()) {
        if (part instanceof Part.Code code && !roles.containsKey(code) && program.declaration(code).isPresent()) {
          Optional<Role> role = decide(code, program.declaration(code).get());
          if (role.isPresent()) {
            keep(code, role.get());
            changed = true;
          }
        }
      }
    }
  }

  private Optional<Role> decide(Part.Code code, Declaration decl) {
    SourceText text = code.unit().text();
    boolean device = hasDeviceWord(text, code.item());
    if (decl instanceof Declaration.Function f) {
      boolean wanted = f.isDevice() || (f.isKernel() && f.template());
      if (!wanted || !(everything || used.contains(f.name()))) {
        return Optional.empty();
      }
      if (f.template() && f.isKernel() && kernels.contains(program.function(f.name()).orElse(null))) {
        return Optional.empty(); // instantiated as kernels
      }
      if (f.template()) {
        text.report(Code.TEMPLATE_NOT_SUPPORTED, f.nameIndex(), "template '" + f.name() + "' kept as written");
        return Optional.of(Role.VERBATIM);
      }
      return Optional.of(Role.DEVICE_FUNCTION);
    }
    if (decl instanceof Declaration.Type t) {
      if (Collections.disjoint(t.names(), used)) {
        return Optional.empty();
      }
      if (device || t.template()) {
        text.report(Code.UNTRANSLATED_DECLARATION, code.item().first(), "type with device code or template parameters "
            + "kept as written: " + String.join(", ", t.names()));
        return Optional.of(Role.VERBATIM);
      }
      return Optional.of(Role.TYPE);
    }
    boolean instantiation = decl.template() && !dev.kport.translator.outline.Tokens.is(text.tokens(),
        dev.kport.translator.outline.Tokens.nextSignificant(text.tokens(), code.item().first() + 1), "<");
    if (instantiation) {
      return Optional.empty(); // 'template __global__ void k<float>(...);' only asks for what is emitted anyway
    }
    if (decl instanceof Declaration.Variable v) {
      boolean reached = !Collections.disjoint(v.names(), used);
      boolean global = v.words().contains("__constant__") || (v.words().contains("__device__")
          && !v.words().contains("__managed__") && !v.words().contains("__shared__"));
      if (global && (everything || reached)) {
        return Optional.of(Role.DEVICE_GLOBAL);
      }
      if (device && (everything || reached)) {
        text.report(Code.DEVICE_GLOBAL_NOT_SUPPORTED, code.item().first(), "device variable kept as written: "
            + String.join(", ", v.names()));
        return Optional.of(Role.VERBATIM);
      }
      boolean constant = v.words().contains("const") || v.words().contains("constexpr");
      return reached && constant && !device ? Optional.of(Role.HOST_CONSTANT) : Optional.empty();
    }
    if (device && everything) {
      text.report(Code.UNTRANSLATED_DECLARATION, code.item().first(), "device code inside '"
          + ((Declaration.Other) decl).what() + "' kept as written");
      return Optional.of(Role.VERBATIM);
    }
    return Optional.empty();
  }

  private void keep(Part.Code code, Role role) {
    roles.put(code, role);
    useIdentifiers(code.unit().text().tokens(), code.item().first(), code.item().last() + 1);
  }

  private void useIdentifiers(List<Token> tokens, int from, int to) {
    for (int j = from; j < to && j < tokens.size(); j++) {
      if (LexedTokens.kind(tokens, j) == TokenKind.IDENTIFIER) {
        used.add(tokens.get(j).text());
      }
    }
  }

  private static boolean hasDeviceWord(SourceText text, Item item) {
    for (int j = item.first(); j <= item.last(); j++) {
      if (LexedTokens.kind(text.tokens(), j) == TokenKind.IDENTIFIER && DEVICE_WORDS.contains(text.token(j).text())) {
        return true;
      }
    }
    return false;
  }
}
