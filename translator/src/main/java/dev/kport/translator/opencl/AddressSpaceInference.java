package dev.kport.translator.opencl;

import dev.kport.translator.diag.Code;
import dev.kport.translator.iface.KernelArg.Space;
import dev.kport.translator.outline.Declaration;
import dev.kport.translator.outline.Parameter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Gives every pointer in device code the OpenCL address space it needs. Kernel pointer
 * parameters are {@code __global}; a device function's pointer parameter takes the memory its
 * call sites pass (followed through calls between device functions until nothing changes); a
 * local pointer takes the memory of its initializer. Pointers that no call site or initializer
 * explains default to {@code __global} (parameters) or stay private (locals), with a diagnostic.
 */
final class AddressSpaceInference {

  /**
   * What the rewrite rules need: parameter spaces by function and position, each function's
   * local pointers, and the clones of functions called with pointers into different memories.
   */
  record Result(Map<String, Map<Integer, Space>> parameters, Map<FunctionSite, BodyScan> bodies,
      Map<String, List<FunctionClones.Clone>> clones) {

    Map<Integer, Space> parametersOf(String function) {
      return parameters.getOrDefault(function, Map.of());
    }

    /** The clones of {@code function}; empty when one definition serves every call. */
    List<FunctionClones.Clone> clonesOf(String function) {
      return clones.getOrDefault(function, List.of());
    }

    /** For each call in {@code body} to a cloned function, by the callee's name token: the clone to call. */
    Map<Integer, String> cloneCalls(BodyScan body) {
      return FunctionClones.callTargets(body, clones);
    }
  }

  private static final int MAX_ROUNDS = 16;
  /** The position that stands for a device function's returned pointer in the per-position maps. */
  static final int RETURN = -1;

  private final List<FunctionSite> kernels;
  /** Every device function definition; one name may have several in #if branches. */
  private final List<FunctionSite> devices;
  /** The first definition of each name: the signature call sites are matched against. */
  private final Map<String, FunctionSite> byName = new HashMap<>();
  private final Set<String> typeNames;

  /** The globals that became kernel arguments, so bodies know what {@code &counter} points into. */
  private Map<String, BodyScan.Global> globals = Map.of();
  /** The scans made so far, per function (by identity) and the memories they were made with. */
  private final Map<FunctionSite, Map<ScanKey, BodyScan>> scans = new IdentityHashMap<>();

  private AddressSpaceInference(List<FunctionSite> kernels, List<FunctionSite> deviceFunctions, Set<String> typeNames) {
    this.kernels = kernels;
    this.devices = deviceFunctions;
    this.typeNames = typeNames;
    for (FunctionSite f : deviceFunctions) {
      byName.putIfAbsent(f.name(), f);
    }
  }

  static Result infer(List<FunctionSite> kernels, List<FunctionSite> deviceFunctions, Set<String> typeNames) {
    return infer(kernels, deviceFunctions, typeNames, Map.of());
  }

  static Result infer(List<FunctionSite> kernels, List<FunctionSite> deviceFunctions, Set<String> typeNames,
      Map<String, BodyScan.Global> globals) {
    AddressSpaceInference inference = new AddressSpaceInference(kernels, deviceFunctions, typeNames);
    inference.globals = globals;
    return inference.run();
  }

  private Result run() {
    Map<String, Map<Integer, Set<Space>>> observed = Map.of();
    for (int round = 0; round < MAX_ROUNDS; round++) {
      Map<String, Map<Integer, Set<Space>>> next = observe(resolve(observed));
      if (next.equals(observed)) {
        break;
      }
      observed = next;
    }
    Map<String, Map<Integer, Space>> spaces = resolve(observed);
    reportParameters(observed);
    Map<String, List<FunctionClones.Clone>> clones = FunctionClones.find(functions(), byName, observed, spaces, (f, own) -> scan(f,
        own, spaces));
    Map<FunctionSite, BodyScan> bodies = new IdentityHashMap<>();
    for (FunctionSite f : functions()) {
      BodyScan body = scan(f, spaces);
      bodies.put(f, body);
      for (BodyScan.LocalPointer p : body.locals()) {
        if (p.space().isEmpty()) {
          f.text().report(Code.LOCAL_POINTER_SPACE_UNKNOWN, p.nameIndex(), "cannot tell which memory '" + p.name()
              + "' points into; it stays a private pointer");
        }
      }
    }
    return new Result(spaces, bodies, clones);
  }

  private List<FunctionSite> functions() {
    List<FunctionSite> all = new ArrayList<>(kernels);
    all.addAll(devices);
    return all;
  }

  private Map<String, Map<Integer, Set<Space>>> observe(Map<String, Map<Integer, Space>> spaces) {
    Map<String, Map<Integer, Set<Space>>> seen = new HashMap<>();
    for (FunctionSite f : functions()) {
      BodyScan body = scan(f, spaces);
      for (BodyScan.Call call : body.calls()) {
        call.space().ifPresent(space -> seen.computeIfAbsent(call.callee(), k -> new HashMap<>())
            .computeIfAbsent(call.position(), k -> EnumSet.noneOf(Space.class)).add(space));
      }
      if (!f.decl().isKernel() && !body.returns().isEmpty()) {
        seen.computeIfAbsent(f.name(), k -> new HashMap<>()).computeIfAbsent(RETURN, k -> EnumSet.noneOf(Space.class))
            .addAll(body.returns());
      }
    }
    return seen;
  }

  private BodyScan scan(FunctionSite f, Map<String, Map<Integer, Space>> spaces) {
    Map<Integer, Space> own = f.decl().isKernel() ? Map.of() : spaces.getOrDefault(f.name(), Map.of());
    return scan(f, own, spaces);
  }

  /**
   * {@code f}'s body with its own pointer parameters in {@code own} (a clone's, or the resolved ones).
   * A scan only reads the body, so one made with equal memories is reused: the last round of
   * {@link #observe} and the final pass would otherwise scan every function again.
   */
  private BodyScan scan(FunctionSite f, Map<Integer, Space> own, Map<String, Map<Integer, Space>> spaces) {
    ScanKey key = new ScanKey(Map.copyOf(own), copyOf(spaces));
    Map<ScanKey, BodyScan> made = scans.computeIfAbsent(f, k -> new HashMap<>());
    BodyScan body = made.get(key);
    if (body == null) {
      body = freshScan(f, own, spaces);
      made.put(key, body);
    }
    return body;
  }

  private static Map<String, Map<Integer, Space>> copyOf(Map<String, Map<Integer, Space>> spaces) {
    Map<String, Map<Integer, Space>> copy = new HashMap<>();
    spaces.forEach((name, byPosition) -> copy.put(name, Map.copyOf(byPosition)));
    return copy;
  }

  /** The memories a scan was made with. */
  private record ScanKey(Map<Integer, Space> own, Map<String, Map<Integer, Space>> spaces) {}

  private BodyScan freshScan(FunctionSite f, Map<Integer, Space> own, Map<String, Map<Integer, Space>> spaces) {
    return new BodyScan(f, own, typeNames, globals, name -> Optional.ofNullable(byName.get(name)).map(FunctionSite::decl),
        name -> Optional.ofNullable(spaces.getOrDefault(name, Map.of()).get(RETURN))).run();
  }

  /**
   * One space per device pointer parameter: the one observed, the first of several, or global;
   * and at {@link #RETURN} the memory of the returned pointer, when a {@code return} tells it.
   */
  private Map<String, Map<Integer, Space>> resolve(Map<String, Map<Integer, Set<Space>>> observed) {
    Map<String, Map<Integer, Space>> spaces = new HashMap<>();
    for (FunctionSite f : devices) {
      Map<Integer, Space> byPosition = new HashMap<>();
      for (Parameter p : f.decl().params()) {
        if (p.isPointer() || p.reference()) {
          Set<Space> seen = observed.getOrDefault(f.name(), Map.of()).getOrDefault(p.position(), Set.of());
          byPosition.put(p.position(), seen.isEmpty() ? Space.GLOBAL : seen.iterator().next());
        }
      }
      Set<Space> returned = observed.getOrDefault(f.name(), Map.of()).getOrDefault(RETURN, Set.of());
      if (!returned.isEmpty()) {
        byPosition.put(RETURN, returned.iterator().next());
      }
      spaces.put(f.name(), byPosition);
    }
    return spaces;
  }

  private void reportParameters(Map<String, Map<Integer, Set<Space>>> observed) {
    for (FunctionSite f : devices) {
      Declaration.Function decl = f.decl();
      for (Parameter p : decl.params()) {
        if (!p.isPointer() && !p.reference()) {
          continue;
        }
        Set<Space> seen = observed.getOrDefault(f.name(), Map.of()).getOrDefault(p.position(), Set.of());
        if (seen.size() > 1) {
          String names = seen.stream().map(s -> "__" + s.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(" and "));
          f.text().report(Code.FUNCTION_CLONED, p.first(), "'" + f.name() + "' is called with " + names
              + " pointers for '" + p.name() + "': one copy per memory");
        } else if (seen.isEmpty()) {
          f.text().report(Code.ADDRESS_SPACE_DEFAULTED, p.first(), "'" + p.name() + "' of '" + f.name()
              + "' taken to point to __global memory");
        }
      }
    }
  }
}
