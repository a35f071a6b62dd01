package dev.kport.harness.spec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document as a small tree that remembers the line of every key and value, so a spec
 * error can point at the line the user wrote. Package-private: only the loader reads it.
 */
sealed interface YamlNode {

  /** 1-based line where the node starts. */
  int line();

  /** How the node reads in an error message: "a map", "the number 3", "'abc'". */
  String describe();

  /** A plain value. {@code number} is set only for numbers (YAML's .nan and .inf included). */
  record Scalar(Kind kind, String text, double number, int line) implements YamlNode {
    enum Kind { STRING, NUMBER, BOOLEAN, NULL }

    @Override
    public String describe() {
      if (kind == Kind.STRING) {
        return "'" + text + "'";
      }
      return kind == Kind.NULL ? "nothing (null)" : "the " + kind.name().toLowerCase() + " " + text;
    }
  }

  record Sequence(List<YamlNode> items, int line) implements YamlNode {
    public Sequence {
      items = List.copyOf(items);
    }

    @Override
    public String describe() {
      return "a list";
    }
  }

  /** A mapping in file order; each entry keeps the line of its key. */
  record Mapping(Map<String, Entry> entries, int line) implements YamlNode {
    public Mapping {
      entries = new LinkedHashMap<>(entries);
    }

    @Override
    public String describe() {
      return "a map";
    }
  }

  record Entry(String key, int keyLine, YamlNode value) {}
}
