package dev.kport.harness.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML with Jackson's streaming parser into {@link YamlNode}s. Jackson's own tree forgets
 * where things were written; the streaming parser tells us the line of every token.
 */
final class YamlTree {

  private static final YAMLFactory FACTORY = new YAMLFactory();

  private final Path file;
  private final YAMLParser parser;

  private YamlTree(Path file, YAMLParser parser) {
    this.file = file;
    this.parser = parser;
  }

  /** The document's root, or a NULL scalar for an empty file. */
  static YamlNode read(Path file) throws SpecException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        YAMLParser parser = FACTORY.createParser(in)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return new YamlNode.Scalar(YamlNode.Scalar.Kind.NULL, "", Double.NaN, 1);
      }
      return new YamlTree(file, parser).node(first, "");
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String why = e.getCause() instanceof MarkedYAMLException m ? problem(m) : firstLine(e.getOriginalMessage());
      throw new SpecException(file, at == null ? 0 : at.getLineNr(), "", "not valid YAML: " + why);
    } catch (IOException e) {
      throw new SpecException(file, 0, "", "cannot read: " + e.getMessage());
    }
  }

  private YamlNode node(JsonToken token, String path) throws IOException, SpecException {
    int line = line();
    if (token == JsonToken.START_OBJECT) {
      return mapping(line, path);
    }
    if (token == JsonToken.START_ARRAY) {
      List<YamlNode> items = new ArrayList<>();
      for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
        items.add(node(t, path + "[" + items.size() + "]"));
      }
      return new YamlNode.Sequence(items, line);
    }
    return scalar(token, line);
  }

  private YamlNode mapping(int line, String path) throws IOException, SpecException {
    Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
      String key = parser.currentName();
      int keyLine = line();
      String keyPath = path.isEmpty() ? key : path + "." + key;
      YamlNode.Entry earlier = entries.get(key);
      if (earlier != null) {
        // Jackson keeps the last of two equal keys silently; a spec that says two things is a mistake
        throw new SpecException(file, keyLine, keyPath,
            "duplicate key (first written at line " + earlier.keyLine() + ")");
      }
      YamlNode value = node(parser.nextToken(), keyPath);
      entries.put(key, new YamlNode.Entry(key, keyLine, value));
    }
    return new YamlNode.Mapping(entries, line);
  }

  private YamlNode scalar(JsonToken token, int line) throws IOException {
    String text = parser.getText();
    switch (token) {
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return new YamlNode.Scalar(YamlNode.Scalar.Kind.NUMBER, text, number(text), line);
      case VALUE_TRUE:
      case VALUE_FALSE:
        return new YamlNode.Scalar(YamlNode.Scalar.Kind.BOOLEAN, text, Double.NaN, line);
      case VALUE_NULL:
        return new YamlNode.Scalar(YamlNode.Scalar.Kind.NULL, "null", Double.NaN, line);
      default:
        return new YamlNode.Scalar(YamlNode.Scalar.Kind.STRING, text, Double.NaN, line);
    }
  }

  /** Jackson classifies YAML's .nan and .inf as numbers but cannot convert them. */
  private double number(String text) throws IOException {
    String t = text.toLowerCase(java.util.Locale.ROOT);
    if (t.equals(".nan")) {
      return Double.NaN;
    }
    if (t.endsWith(".inf")) {
      return t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    return parser.getDoubleValue();
  }

  private int line() {
    return parser.currentTokenLocation().getLineNr();
  }

  /** SnakeYAML's problem first, then the construct it was reading: "expected ',' or ']' (while ...)". */
  private static String problem(MarkedYAMLException m) {
    String problem = firstLine(m.getProblem());
    if (m.getContext() == null) {
      return problem;
    }
    String where = m.getContextMark() == null ? "" : " started at line " + (m.getContextMark().getLine() + 1);
    return problem + " (" + firstLine(m.getContext()) + where + ")";
  }

  private static String firstLine(String message) {
    String m = message == null ? "" : message.strip();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl).strip();
  }
}
