package dev.kport.translator.opencl;

import dev.kport.translator.iface.KernelArg.Space;
import dev.kport.translator.outline.Parameter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * A device function called with pointers into different memories ({@code __global} at one call,
 * {@code __local} at another) cannot be one OpenCL function: a pointer's memory is part of its
 * type. It is emitted once per combination its call sites pass, each copy named after the
 * memories ({@code dot_strided_local}), and each call goes to the copy that fits it.
 */
final class FunctionClones {

  /** One copy of a function: its name, its pointer parameters' memories, and its body scanned with them. */
  record Clone(String name, Map<Integer, Space> spaces, BodyScan body) {}

  private static final int MAX_ROUNDS = 4;

  private FunctionClones() {}

  /**
   * The clones of each function whose pointer parameters are {@code observed} with several memories.
   *
   * @param callers every kernel and device function, whose calls decide the copies
   * @param spaces the one memory per parameter that a function without copies uses
   * @param scanner scans a function's body with the given memories for its own parameters
   */
  static Map<String, List<Clone>> find(List<FunctionSite> callers, Map<String, FunctionSite> byName,
      Map<String, Map<Integer, Set<Space>>> observed, Map<String, Map<Integer, Space>> spaces,
      BiFunction<FunctionSite, Map<Integer, Space>, BodyScan> scanner) {
    Map<String, List<Integer>> conflicts = conflicts(byName, observed);
    if (conflicts.isEmpty()) {
      return Map.of();
    }
    Map<String, List<Map<Integer, Space>>> variants = new LinkedHashMap<>();
    for (int round = 0; round < MAX_ROUNDS; round++) {
      Map<String, List<Map<Integer, Space>>> next = new LinkedHashMap<>();
      for (FunctionSite f : callers) {
        List<Map<Integer, Space>> own = variants.getOrDefault(f.name(), List.of(spaces.getOrDefault(f.name(),
            Map.of())));
        for (Map<Integer, Space> v : conflicts.containsKey(f.name()) && !variants.containsKey(f.name())
            ? List.<Map<Integer, Space>>of() : own) {
          collect(scanner.apply(f, v), conflicts, spaces, next);
        }
      }
      if (next.equals(variants)) {
        break;
      }
      variants = next;
    }
    Map<String, List<Clone>> clones = new HashMap<>();
    variants.forEach((name, list) -> clones.put(name, list.stream()
        .map(v -> new Clone(cloneName(name, conflicts.get(name), v), v, scanner.apply(byName.get(name), v))).toList()));
    return clones;
  }

  /** For each call in {@code body} to a cloned function, by the callee's name token: the copy whose memories fit. */
  static Map<Integer, String> callTargets(BodyScan body, Map<String, List<Clone>> clones) {
    Map<Integer, String> targets = new HashMap<>();
    for (Map.Entry<Integer, List<BodyScan.Call>> call : byCall(body).entrySet()) {
      List<Clone> copies = clones.getOrDefault(call.getValue().get(0).callee(), List.of());
      for (Clone c : copies) {
        boolean fits = call.getValue().stream().allMatch(a -> a.space().isEmpty()
            || a.space().get() == c.spaces().get(a.position()));
        if (fits) {
          targets.put(call.getKey(), c.name());
          break;
        }
      }
    }
    return targets;
  }

  private static Map<String, List<Integer>> conflicts(Map<String, FunctionSite> byName,
      Map<String, Map<Integer, Set<Space>>> observed) {
    Map<String, List<Integer>> conflicts = new HashMap<>();
    byName.forEach((name, f) -> {
      for (Parameter p : f.decl().params()) {
        if (observed.getOrDefault(name, Map.of()).getOrDefault(p.position(), Set.of()).size() > 1) {
          conflicts.computeIfAbsent(name, k -> new ArrayList<>()).add(p.position());
        }
      }
    });
    return conflicts;
  }

  /** Adds the memories each call in {@code body} passes to a conflicted function, one combination per call. */
  private static void collect(BodyScan body, Map<String, List<Integer>> conflicts,
      Map<String, Map<Integer, Space>> spaces, Map<String, List<Map<Integer, Space>>> into) {
    for (List<BodyScan.Call> args : byCall(body).values()) {
      String callee = args.get(0).callee();
      if (!conflicts.containsKey(callee)) {
        continue;
      }
      Map<Integer, Space> v = new TreeMap<>(spaces.getOrDefault(callee, Map.of()));
      args.forEach(a -> a.space().ifPresent(s -> v.put(a.position(), s)));
      List<Map<Integer, Space>> list = into.computeIfAbsent(callee, k -> new ArrayList<>());
      if (!list.contains(v)) {
        list.add(v);
      }
    }
  }

  private static Map<Integer, List<BodyScan.Call>> byCall(BodyScan body) {
    Map<Integer, List<BodyScan.Call>> calls = new LinkedHashMap<>();
    body.calls().forEach(c -> calls.computeIfAbsent(c.nameIndex(), k -> new ArrayList<>()).add(c));
    return calls;
  }

  private static String cloneName(String name, List<Integer> positions, Map<Integer, Space> v) {
    StringBuilder sb = new StringBuilder(name);
    positions.forEach(p -> sb.append('_').append(v.get(p).name().toLowerCase(Locale.ROOT)));
    return sb.toString();
  }
}
