package dev.kport.harness.spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A YAML node seen from the spec: where it is (file, line, key path) and typed accessors whose
 * failures are one-line {@link SpecException}s naming that place and what was expected.
 */
final class SpecNode {

  // what a user would write as a plain decimal number; YAML's 0x10 or 1_000 arrive already parsed
  private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

  private final Path file;
  private final String path;
  private final int line;
  private final YamlNode node;

  SpecNode(Path file, String path, int line, YamlNode node) {
    this.file = file;
    this.path = path;
    this.line = line;
    this.node = node;
  }

  static SpecNode root(Path file, YamlNode node) {
    return new SpecNode(file, "", node.line(), node);
  }

  String path() {
    return path;
  }

  int line() {
    return line;
  }

  Path file() {
    return file;
  }

  SpecException error(String message) {
    return new SpecException(file, line, path, message);
  }

  boolean isMap() {
    return node instanceof YamlNode.Mapping;
  }

  boolean isList() {
    return node instanceof YamlNode.Sequence;
  }

  boolean isNull() {
    return node instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.NULL;
  }

  /** Checks the keys of a map: every required one present, nothing outside required + optional. */
  SpecNode keys(List<String> required, List<String> optional) throws SpecException {
    YamlNode.Mapping map = mapping();
    for (YamlNode.Entry e : map.entries().values()) {
      if (!required.contains(e.key()) && !optional.contains(e.key())) {
        throw child(e).error("unknown key (allowed: " + allowed(required, optional) + ")");
      }
    }
    for (String key : required) {
      if (!map.entries().containsKey(key)) {
        throw error("missing required key '" + key + "' (allowed: " + allowed(required, optional) + ")");
      }
    }
    return this;
  }

  SpecNode get(String key) throws SpecException {
    return find(key).orElseThrow(() -> error("missing required key '" + key + "'"));
  }

  Optional<SpecNode> find(String key) throws SpecException {
    YamlNode.Entry e = mapping().entries().get(key);
    return e == null ? Optional.empty() : Optional.of(child(e));
  }

  /** The entries of a map, in file order. */
  Map<String, SpecNode> entries() throws SpecException {
    Map<String, SpecNode> out = new LinkedHashMap<>();
    for (YamlNode.Entry e : mapping().entries().values()) {
      out.put(e.key(), child(e));
    }
    return out;
  }

  List<SpecNode> items() throws SpecException {
    if (!(node instanceof YamlNode.Sequence seq)) {
      throw error("expected a list, got " + node.describe());
    }
    List<SpecNode> out = new ArrayList<>();
    for (int i = 0; i < seq.items().size(); i++) {
      YamlNode item = seq.items().get(i);
      out.add(new SpecNode(file, path + "[" + i + "]", item.line(), item));
    }
    return out;
  }

  /** A list, or a single value read as a list of one (so {@code block: 256} works like {@code [256]}). */
  List<SpecNode> itemsOrOne() throws SpecException {
    return isList() ? items() : List.of(this);
  }

  /** A text value: a YAML string, not a number, map or list. */
  String string() throws SpecException {
    if (node instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.STRING && !s.text().isBlank()) {
      return s.text();
    }
    throw error("expected a string, got " + node.describe());
  }

  /** A number written as a YAML number or as a string holding one ("1e-4"). */
  double number() throws SpecException {
    if (node instanceof YamlNode.Scalar s) {
      if (s.kind() == YamlNode.Scalar.Kind.NUMBER) {
        return s.number();
      }
      if (s.kind() == YamlNode.Scalar.Kind.STRING && DECIMAL.matcher(s.text().strip()).matches()) {
        return Double.parseDouble(s.text().strip());
      }
    }
    throw error("expected a number, got " + node.describe());
  }

  /** A number that is whole: a seed, a ulp count. */
  long wholeNumber() throws SpecException {
    double v = number();
    if (v != Math.rint(v) || Math.abs(v) > 0x1p53) {
      throw error("expected a whole number, got " + ((YamlNode.Scalar) node).text());
    }
    return (long) v;
  }

  /**
   * The text of an expression: YAML gives {@code 256} as a number and {@code "ceil(n / 256)"}
   * as a string; both are expressions. Numbers keep the user's spelling (2.5 stays "2.5") when
   * it is a plain decimal, since defines reach compilers as text.
   */
  String expression() throws SpecException {
    if (node instanceof YamlNode.Scalar s) {
      if (s.kind() == YamlNode.Scalar.Kind.STRING && !s.text().isBlank()) {
        return s.text().strip();
      }
      if (s.kind() == YamlNode.Scalar.Kind.NUMBER) {
        if (!Double.isFinite(s.number())) {
          throw error("expected a finite number or an expression, got " + s.text());
        }
        return DECIMAL.matcher(s.text()).matches() ? s.text() : plain(s.number());
      }
    }
    throw error("expected a number or an expression, got " + node.describe());
  }

  /** A scalar's text as written, whatever YAML made of it (.nan stays ".nan"). */
  String scalarText() throws SpecException {
    if (node instanceof YamlNode.Scalar s && s.kind() != YamlNode.Scalar.Kind.NULL) {
      return s.text();
    }
    throw error("expected a single value, got " + node.describe());
  }

  /** A scalar's text, or "" for anything else: for messages about a value already known to be wrong. */
  String scalarTextOrEmpty() {
    return node instanceof YamlNode.Scalar s ? s.text() : "";
  }

  /** True when the value is a YAML string (a name or an expression), false for a number. */
  boolean isString() {
    return node instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.STRING;
  }

  private YamlNode.Mapping mapping() throws SpecException {
    if (node instanceof YamlNode.Mapping m) {
      return m;
    }
    throw error("expected a map, got " + node.describe());
  }

  private SpecNode child(YamlNode.Entry e) {
    String childPath = path.isEmpty() ? e.key() : path + "." + e.key();
    return new SpecNode(file, childPath, e.keyLine(), e.value());
  }

  private static String plain(double v) {
    return v == Math.rint(v) && Math.abs(v) < 0x1p53 ? Long.toString((long) v) : Double.toString(v);
  }

  private static String allowed(List<String> required, List<String> optional) {
    List<String> all = new ArrayList<>(required);
    all.addAll(optional);
    return String.join(", ", all);
  }
}
