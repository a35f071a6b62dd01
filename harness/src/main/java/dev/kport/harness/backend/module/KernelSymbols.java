package dev.kport.harness.backend.module;

import dev.kport.harness.tool.ExternalTool;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the symbol of a kernel in a built module from the name the spec gives it. nvcc and hipcc
 * keep C++ linkage, so {@code saxpy} is {@code _Z5saxpyifPKfPf} and {@code reduce<float, 256>}
 * is {@code _Z6reduceIfLi256EEvPKT_PS0_i}: the module's own symbol table is demangled (c++filt
 * from binutils, or llvm-cxxfilt) and matched, so the source needs no {@code extern "C"} and
 * template instances need no hand-written mangling.
 */
public final class KernelSymbols {

  private final Map<String, String> kernels; // demangled name without parameters -> symbol
  private final Map<String, String> globals;

  private KernelSymbols(Map<String, String> kernels, Map<String, String> globals) {
    this.kernels = kernels;
    this.globals = globals;
  }

  /**
   * @throws IOException when the demangler cannot run, with what to install
   */
  public static KernelSymbols of(CodeObject module) throws IOException {
    List<ElfSymbols.Symbol> symbols = module.symbols();
    List<String> mangled = symbols.stream().map(ElfSymbols.Symbol::name).filter(n -> n.startsWith("_Z")).toList();
    Map<String, String> demangled = demangle(mangled);
    Map<String, String> kernels = new LinkedHashMap<>();
    Map<String, String> globals = new LinkedHashMap<>();
    for (ElfSymbols.Symbol s : symbols) {
      String plain = demangled.getOrDefault(s.name(), s.name());
      if (s.isGlobalFunction()) {
        kernels.putIfAbsent(key(functionName(plain)), s.name());
      } else if (s.type() == ElfSymbols.STT_OBJECT && !s.name().endsWith(".kd")) {
        globals.putIfAbsent(key(plain), s.name());
      }
    }
    return new KernelSymbols(kernels, globals);
  }

  /** The symbol of the kernel a spec names ({@code saxpy}, {@code reduce<float, 256>}, {@code ns::k}). */
  public Optional<String> kernel(String entry) {
    return find(kernels, entry);
  }

  /** The symbol of a {@code __constant__} or {@code __device__} global. */
  public Optional<String> global(String name) {
    return find(globals, name);
  }

  /** Every kernel's demangled name, for messages. */
  public List<String> kernelNames() {
    return new ArrayList<>(kernels.keySet());
  }

  private static Optional<String> find(Map<String, String> names, String wanted) {
    String k = key(wanted);
    if (names.containsKey(k)) {
      return Optional.of(names.get(k));
    }
    // a kernel in a namespace, named by the spec without it
    return names.entrySet().stream().filter(e -> e.getKey().endsWith("::" + k)).map(Map.Entry::getValue).findFirst();
  }

  private static String key(String name) {
    return name.replace(" ", "");
  }

  /**
   * The qualified name out of a demangled function: {@code void reduce<float, 256>(float const*, int)}
   * gives {@code reduce<float, 256>} (a template's mangling carries its return type; a plain
   * function's does not).
   */
  static String functionName(String demangled) {
    String s = demangled.strip();
    if (s.endsWith(")")) {
      int depth = 0;
      for (int i = s.length() - 1; i >= 0; i--) {
        char ch = s.charAt(i);
        if (ch == ')') {
          depth++;
        } else if (ch == '(' && --depth == 0) {
          s = s.substring(0, i);
          break;
        }
      }
    }
    int depth = 0;
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '<' || ch == '(') {
        depth++;
      } else if (ch == '>' || ch == ')') {
        depth--;
      } else if (ch == ' ' && depth == 0) {
        start = i + 1;
      }
    }
    return s.substring(start);
  }

  private static Map<String, String> demangle(List<String> mangled) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    if (mangled.isEmpty()) {
      return out;
    }
    Optional<Path> tool = ExternalTool.find("c++filt").or(() -> ExternalTool.find("llvm-cxxfilt", "/opt/rocm/llvm/bin"));
    if (tool.isEmpty()) {
      throw new IOException("neither c++filt nor llvm-cxxfilt found: kernel names in the module cannot be "
          + "matched to the spec (install binutils)");
    }
    List<String> cmd = new ArrayList<>(List.of(tool.get().toString()));
    cmd.addAll(mangled);
    ExternalTool.Outcome o = ExternalTool.run(cmd, null, 60);
    List<String> lines = o.output().lines().toList();
    if (!o.ok() || lines.size() != mangled.size()) {
      throw new IOException(tool.get() + " failed: " + o.output().strip());
    }
    for (int i = 0; i < mangled.size(); i++) {
      out.put(mangled.get(i), lines.get(i));
    }
    return out;
  }
}
