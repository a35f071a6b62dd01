package dev.kport.translator.iface;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The kernel interface as the JSON written beside each {@code .cl}:
 * <pre>{"source": "saxpy.cu", "kernels": [{"name": "saxpy", "entry": "saxpy", "args": [
 *   {"kind": "param", "index": 0, "name": "n", "type": "int", "elementType": "int", "pointer": false,
 *    "space": "private"}, ...]}]}</pre>
 * A struct passed by value adds {@code bytes} and {@code fields} ({@code name}, {@code type},
 * {@code offset}) to its {@code param}. Argument kinds are {@code param}, {@code dynamicShared}
 * and {@code symbol} ({@code name}, {@code bytes}, {@code space}); spaces are written in lower case.
 */
public final class KernelInterfaceJson {

  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private KernelInterfaceJson() {}

  public static String toJson(KernelInterface iface) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("source", iface.source());
    ArrayNode kernels = root.putArray("kernels");
    for (KernelInterface.Kernel k : iface.kernels()) {
      ObjectNode kernel = kernels.addObject();
      kernel.put("name", k.name());
      kernel.put("entry", k.entry());
      ArrayNode args = kernel.putArray("args");
      k.args().forEach(a -> write(args.addObject(), a));
    }
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain values always serialises", e);
    }
  }

  private static void write(ObjectNode node, KernelArg arg) {
    if (arg instanceof KernelArg.Param p) {
      node.put("kind", "param");
      node.put("index", p.index());
      node.put("name", p.name());
      node.put("type", p.type());
      node.put("elementType", p.elementType());
      node.put("pointer", p.pointer());
      node.put("space", lower(p.space()));
      p.layout().ifPresent(layout -> {
        node.put("bytes", layout.bytes());
        ArrayNode fields = node.putArray("fields");
        for (StructLayout.Field f : layout.fields()) {
          ObjectNode field = fields.addObject();
          field.put("name", f.name());
          field.put("type", f.type());
          field.put("offset", f.offset());
        }
      });
    } else if (arg instanceof KernelArg.Symbol s) {
      node.put("kind", "symbol");
      node.put("name", s.name());
      node.put("bytes", s.bytes());
      node.put("space", lower(s.space()));
    } else {
      node.put("kind", "dynamicShared");
    }
  }

  /** Reads what {@link #toJson} writes; a malformed document gives an {@link IllegalArgumentException} saying where. */
  public static KernelInterface fromJson(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("kernel interface is not JSON: " + e.getOriginalMessage(), e);
    }
    List<KernelInterface.Kernel> kernels = new ArrayList<>();
    for (JsonNode k : required(root, "kernels", "the document")) {
      List<KernelArg> args = new ArrayList<>();
      String name = required(k, "name", "a kernel").asText();
      for (JsonNode a : required(k, "args", "kernel " + name)) {
        args.add(read(a, "an argument of kernel " + name));
      }
      kernels.add(new KernelInterface.Kernel(name, required(k, "entry", "kernel " + name).asText(), args));
    }
    return new KernelInterface(required(root, "source", "the document").asText(), kernels);
  }

  private static KernelArg read(JsonNode a, String where) {
    String kind = required(a, "kind", where).asText();
    switch (kind) {
      case "param":
        return new KernelArg.Param(required(a, "index", where).asInt(), required(a, "name", where).asText(),
            required(a, "type", where).asText(), required(a, "elementType", where).asText(),
            required(a, "pointer", where).asBoolean(), space(required(a, "space", where).asText(), where),
            layout(a, where));
      case "dynamicShared":
        return new KernelArg.DynamicShared();
      case "symbol":
        return new KernelArg.Symbol(required(a, "name", where).asText(), required(a, "bytes", where).asLong(),
            space(required(a, "space", where).asText(), where));
      default:
        throw new IllegalArgumentException(where + ": unknown kind '" + kind
            + "' (expected param, dynamicShared or symbol)");
    }
  }

  private static java.util.Optional<StructLayout> layout(JsonNode a, String where) {
    if (!a.has("fields")) {
      return java.util.Optional.empty();
    }
    List<StructLayout.Field> fields = new ArrayList<>();
    for (JsonNode f : required(a, "fields", where)) {
      fields.add(new StructLayout.Field(required(f, "name", where).asText(), required(f, "type", where).asText(),
          required(f, "offset", where).asLong()));
    }
    return java.util.Optional.of(new StructLayout(required(a, "bytes", where).asLong(), fields));
  }

  private static JsonNode required(JsonNode node, String key, String where) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException(where + ": missing '" + key + "'");
    }
    return value;
  }

  private static KernelArg.Space space(String s, String where) {
    try {
      return KernelArg.Space.valueOf(s.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": unknown space '" + s + "' (expected global, constant, local or private)");
    }
  }

  private static String lower(KernelArg.Space space) {
    return space.name().toLowerCase(Locale.ROOT);
  }
}
