package dev.kport.translator.opencl;

import dev.kport.translator.outline.Declaration;
import dev.kport.translator.outline.Declarations;
import dev.kport.translator.outline.Item;
import dev.kport.translator.preprocess.Directive;
import dev.kport.translator.preprocess.Part;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The whole translation unit, includes spliced in, with each declaration classified once. */
final class Program {

  private final List<Part> parts;
  private final Map<Part.Code, Declaration> declarations = new IdentityHashMap<>();
  private final Map<Part.Code, Directive> directives = new IdentityHashMap<>();
  private final Map<String, FunctionSite> functions = new LinkedHashMap<>();
  private final List<FunctionSite> definitions = new ArrayList<>();
  private final Set<String> userNames = new HashSet<>();
  private final Set<String> typeNames = new HashSet<>();
  private final Map<String, Set<String>> qualifierMacros = new HashMap<>();
  /** Object-like macros by name: the file's {@code #define}s, then the {@code -D} values, which win. */
  private final Map<String, String> objectMacros = new HashMap<>();
  private final TypeAliases aliases;
  private final StructLayouts layouts;
  private final Set<String> clashes;

  Program(List<Part> parts, Map<String, String> defines) {
    this.parts = List.copyOf(parts);
    this.aliases = new TypeAliases(defines);
    this.layouts = new StructLayouts(aliases::resolve, typeNames);
    for (Part part : parts) {
      if (part instanceof Part.Code code) {
        classify(code);
      }
    }
    this.clashes = Set.copyOf(findClashes());
    objectMacros.putAll(defines);
  }

  private void classify(Part.Code code) {
    Item item = code.item();
    if (item.kind() == Item.Kind.DIRECTIVE) {
      Directive d = Directive.of(code.unit().text().token(item.first()).text());
      directives.put(code, d);
      if (d.kind() == Directive.Kind.DEFINE) {
        userNames.add(d.name());
        String text = code.unit().text().token(item.first()).text();
        QualifierMacros.wordsOf(d, text).ifPresent(words -> qualifierMacros.put(d.name(), words));
        aliases.define(d, text);
        boolean functionLike = text.startsWith("(", text.indexOf(d.name()) + d.name().length());
        if (d.bodyOffset() >= 0 && !functionLike) {
          objectMacros.putIfAbsent(d.name(), text.substring(d.bodyOffset()).strip());
        }
      }
    } else if (item.kind() == Item.Kind.DECLARATION) {
      Declaration decl = expandQualifiers(Declarations.classify(code.unit().text().tokens(), item));
      declarations.put(code, decl);
      if (decl instanceof Declaration.Function f) {
        userNames.add(f.name());
        if (f.template()) { // its type parameters read as types in its body
          TemplateInstance.parameters(code.unit().text().tokens(), item.first(), new int[1]).stream()
              .filter(TemplateInstance.Parameter::type).forEach(p -> typeNames.add(p.name()));
        }
        FunctionSite site = new FunctionSite(code.unit(), f);
        if (f.hasBody()) {
          definitions.add(site); // #if/#else may hold several definitions of one function: each is translated
        }
        FunctionSite known = functions.get(f.name());
        if (known == null || (!known.decl().hasBody() && f.hasBody())) {
          functions.put(f.name(), site); // the definition wins over a prototype
        }
      } else if (decl instanceof Declaration.Type t) {
        userNames.addAll(t.names());
        typeNames.addAll(t.names());
        aliases.typedef(code.unit().text().tokens(), item);
        if (t.words().contains("struct")) {
          layouts.define(code.unit().text(), t);
        }
      }
    }
  }

  /** A function declared through qualifier macros gets the CUDA words they stand for. */
  private Declaration expandQualifiers(Declaration decl) {
    if (!(decl instanceof Declaration.Function f) || Collections.disjoint(f.words(), qualifierMacros.keySet())) {
      return decl;
    }
    Set<String> words = new LinkedHashSet<>(f.words());
    f.words().stream().filter(qualifierMacros::containsKey).forEach(w -> words.addAll(qualifierMacros.get(w)));
    return new Declaration.Function(f.item(), words, f.template(), f.name(), f.nameIndex(), f.paramsOpen(),
        f.paramsClose(), f.bodyOpen(), f.bodyClose(), f.params());
  }

  /** The CUDA qualifier words a macro stands for, when it is a qualifier macro. */
  Optional<Set<String>> qualifierMacro(String name) {
    return Optional.ofNullable(qualifierMacros.get(name));
  }

  List<Part> parts() {
    return parts;
  }

  Optional<Declaration> declaration(Part.Code code) {
    return Optional.ofNullable(declarations.get(code));
  }

  Optional<Directive> directive(Part.Code code) {
    return Optional.ofNullable(directives.get(code));
  }

  /** Kernel definitions, in source order; a kernel defined in two #if branches is here twice. */
  List<FunctionSite> kernels() {
    List<FunctionSite> kernels = new ArrayList<>();
    for (FunctionSite f : definitions) {
      if (f.decl().isKernel() && f.decl().hasBody() && !f.decl().template()) {
        kernels.add(f);
      }
    }
    return kernels;
  }

  /** Kernel templates with a body, in source order. */
  List<FunctionSite> templateKernels() {
    return definitions.stream().filter(f -> f.decl().isKernel() && f.decl().template()).toList();
  }

  /** A function defined (or else declared) under {@code name}. */
  Optional<FunctionSite> function(String name) {
    return Optional.ofNullable(functions.get(name));
  }

  /** Names the user defines (functions, types, enum constants, macros): no rename table applies to them. */
  Set<String> userNames() {
    return Collections.unmodifiableSet(userNames);
  }

  /** Kernels and device functions whose names OpenCL has as built-ins; they must be renamed. */
  Set<String> clashingFunctionNames() {
    return clashes;
  }

  private Set<String> findClashes() {
    Set<String> clashes = new HashSet<>();
    for (FunctionSite f : definitions) {
      boolean device = f.decl().isKernel() || f.decl().isDevice();
      if (device && OpenClNames.standard().isBuiltinFunction(f.name())) {
        clashes.add(f.name());
      }
    }
    return clashes;
  }

  /** What a type name stands for, seen through typedefs and type macros: {@code real_t} may be {@code float}. */
  String resolveType(String type) {
    return aliases.resolve(type);
  }

  /** Object-like macros, {@code -D} values over the file's own, to evaluate constant expressions. */
  Map<String, String> objectMacros() {
    return Collections.unmodifiableMap(objectMacros);
  }

  /** The layout of a struct the program defines, for passing it by value. */
  Optional<dev.kport.translator.iface.StructLayout> structLayout(String type) {
    return layouts.of(type);
  }

  /** Struct, union, enum and typedef names, so a declaration can be told from an expression. */
  Set<String> typeNames() {
    return Collections.unmodifiableSet(typeNames);
  }
}
