package dev.kport.harness.spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads {@code check}: outputs, tolerance, reference and the expected outcome. */
final class CheckReader {

  private static final List<String> TOLERANCE_KEYS = List.of("ulp", "abs", "rel");

  private CheckReader() {}

  static CheckSpec check(SpecNode node, Scope scope, Path dir) throws SpecException {
    node.keys(List.of("outputs", "reference"), List.of("tolerance", "expect", "because"));
    List<String> outputs = outputs(node.get("outputs"), scope);
    // outputs without a tolerance get the one the targets document for the math the kernel uses
    Map<String, CheckSpec.Tolerance> tolerance = new LinkedHashMap<>();
    Optional<SpecNode> tol = node.find("tolerance");
    if (tol.isPresent()) {
      tolerance.putAll(tolerances(tol.get(), outputs, scope));
    }
    CheckSpec.Reference reference = reference(node.get("reference"), dir);
    CheckSpec.Expect expect = CheckSpec.Expect.PASS;
    if (node.find("expect").isPresent()) {
      expect = expect(node.get("expect"));
    }
    Optional<String> because = Optional.empty();
    if (node.find("because").isPresent()) {
      SpecNode b = node.get("because");
      if (expect == CheckSpec.Expect.PASS) {
        throw b.error("explains a known failure, so it needs expect: mismatch or mistrusted");
      }
      because = Optional.of(b.string());
    } else if (expect != CheckSpec.Expect.PASS) {
      throw node.error("expect: " + expect.name().toLowerCase(Locale.ROOT)
          + " needs 'because' saying why the failure is known");
    }
    return new CheckSpec(outputs, tolerance, reference, expect, because);
  }

  private static List<String> outputs(SpecNode node, Scope scope) throws SpecException {
    List<String> outputs = new ArrayList<>();
    for (SpecNode item : node.itemsOrOne()) {
      String name = scope.buffer(item).name();
      if (outputs.contains(name)) {
        throw item.error("'" + name + "' is listed twice");
      }
      outputs.add(name);
    }
    if (outputs.isEmpty()) {
      throw node.error("expected at least one output buffer (buffers: " + scope.bufferList() + ")");
    }
    return outputs;
  }

  /** One {ulp, abs, rel} map for every output, or a map from output to such a map. */
  private static Map<String, CheckSpec.Tolerance> tolerances(SpecNode node, List<String> outputs, Scope scope)
      throws SpecException {
    Map<String, SpecNode> entries = node.entries();
    boolean perOutput = false;
    for (SpecNode v : entries.values()) {
      perOutput |= v.isMap();
    }
    Map<String, CheckSpec.Tolerance> out = new LinkedHashMap<>();
    if (!perOutput) {
      for (Map.Entry<String, SpecNode> e : entries.entrySet()) {
        if (!TOLERANCE_KEYS.contains(e.getKey())) {
          throw e.getValue().error("unknown key (allowed: ulp, abs, rel; or one such map per output: "
              + String.join(", ", outputs) + ")");
        }
      }
      CheckSpec.Tolerance t = tolerance(node);
      outputs.forEach(o -> out.put(o, t));
      return out;
    }
    for (Map.Entry<String, SpecNode> e : entries.entrySet()) {
      SpecNode key = e.getValue();
      if (!scope.buffers().containsKey(e.getKey())) {
        throw key.error("'" + e.getKey() + "' is not a buffer (buffers: " + scope.bufferList()
            + "); a tolerance is one {ulp, abs, rel} map or one per output");
      }
      if (!outputs.contains(e.getKey())) {
        throw key.error("'" + e.getKey() + "' is not an output (outputs: " + String.join(", ", outputs) + ")");
      }
      out.put(e.getKey(), tolerance(key));
    }
    return out;
  }

  private static CheckSpec.Tolerance tolerance(SpecNode node) throws SpecException {
    node.keys(List.of(), TOLERANCE_KEYS);
    double ulp = 0;
    if (node.find("ulp").isPresent()) {
      SpecNode u = node.get("ulp");
      ulp = u.wholeNumber();
      if (ulp < 0) {
        throw u.error("expected a count of ulps >= 0, got " + (long) ulp);
      }
    }
    return new CheckSpec.Tolerance(ulp, nonNegative(node, "abs"), nonNegative(node, "rel"));
  }

  private static double nonNegative(SpecNode node, String key) throws SpecException {
    if (node.find(key).isEmpty()) {
      return 0;
    }
    SpecNode v = node.get(key);
    double d = v.number();
    if (!(d >= 0) || Double.isInfinite(d)) {
      throw v.error("expected a finite number >= 0, got " + d);
    }
    return d;
  }

  private static CheckSpec.Reference reference(SpecNode node, Path dir) throws SpecException {
    if (node.isString()) {
      return new CheckSpec.Reference.Model(node.string());
    }
    String expected = "expected a model name, {golden: DIR} or {backend: NAME}";
    if (!node.isMap()) {
      throw node.error(expected);
    }
    Map<String, SpecNode> entries = node.entries();
    if (entries.size() != 1) {
      throw node.error(expected + ", got " + entries.size() + " keys");
    }
    node.keys(List.of(), List.of("golden", "backend"));
    if (entries.containsKey("golden")) {
      return new CheckSpec.Reference.Golden(dir.resolve(node.get("golden").string()));
    }
    SpecNode backend = node.get("backend");
    if (!CheckSpec.Reference.Backend.NAMES.contains(backend.string())) {
      throw backend.error("expected one of the backends " + String.join(", ", CheckSpec.Reference.Backend.NAMES)
          + ", got '" + backend.string() + "'");
    }
    return new CheckSpec.Reference.Backend(backend.string());
  }

  private static CheckSpec.Expect expect(SpecNode node) throws SpecException {
    String text = node.isString() ? node.string() : "";
    for (CheckSpec.Expect e : CheckSpec.Expect.values()) {
      if (e.name().toLowerCase(Locale.ROOT).equals(text)) {
        return e;
      }
    }
    throw node.error("expected pass, mismatch or mistrusted, got " + (text.isEmpty() ? "something else" : "'" + text + "'"));
  }
}
