package dev.kport.translator.opencl;

import dev.kport.translator.lex.Token;
import dev.kport.translator.outline.Tokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which device functions each kernel and device function calls, and what each therefore needs
 * when a callee needs something passed in (a hoisted {@code __shared__} array, a global turned
 * into an argument): its own needs and, in order, those of everything it calls.
 */
final class CallGraph {

  private final Map<String, Set<String>> callees = new HashMap<>();
  private final List<FunctionSite> all;

  CallGraph(List<FunctionSite> kernels, List<FunctionSite> devices) {
    Set<String> deviceNames = new HashSet<>();
    devices.forEach(d -> deviceNames.add(d.name()));
    all = new ArrayList<>(kernels);
    all.addAll(devices);
    for (FunctionSite f : all) {
      callees.computeIfAbsent(f.name(), k -> new LinkedHashSet<>()).addAll(calledNames(f, deviceNames));
    }
  }

  /** Each function's own needs followed by those of its callees, transitively. */
  <T> Map<String, List<T>> close(Map<String, List<T>> own) {
    Map<String, List<T>> needs = new HashMap<>();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (FunctionSite f : all) {
        List<T> need = new ArrayList<>(own.getOrDefault(f.name(), List.of()));
        for (String c : callees.getOrDefault(f.name(), Set.of())) {
          needs.getOrDefault(c, List.of()).stream().filter(v -> !need.contains(v)).forEach(need::add);
        }
        if (!need.equals(needs.getOrDefault(f.name(), List.of()))) {
          needs.put(f.name(), need);
          changed = true;
        }
      }
    }
    return needs;
  }

  private static List<String> calledNames(FunctionSite f, Set<String> deviceNames) {
    List<String> names = new ArrayList<>();
    List<Token> tokens = f.text().tokens();
    for (int j = f.decl().bodyOpen() + 1; j < f.decl().bodyClose(); j++) {
      if (tokens.get(j).isIdentifier() && deviceNames.contains(tokens.get(j).text())
          && Tokens.is(tokens, Tokens.nextSignificant(tokens, j + 1, f.decl().bodyClose()), "(")) {
        names.add(tokens.get(j).text());
      }
    }
    return names;
  }

  /** Appends {@code args} to the call or parameter list in {@code (open, close)}. */
  static void appendArguments(dev.kport.translator.emit.SourceText text, int open, int close, boolean hasArgs,
      List<String> args, boolean declaration) {
    String joined = String.join(", ", args);
    if (hasArgs) {
      text.edits().insertBefore(close, ", " + joined);
    } else if (declaration) {
      text.edits().replace(open + 1, close, joined); // also drops a lone 'void'
    } else {
      text.edits().insertBefore(close, joined);
    }
  }
}
