package dev.kport.harness.spec;

import dev.kport.harness.expr.Expressions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Reads {@code steps}: launches, repeats and the host-side fill, write, copy and swap. */
final class StepReader {

  private static final List<String> KINDS = List.of("kernel", "repeat", "fill", "write", "copy", "swap");

  private StepReader() {}

  static List<Step> steps(SpecNode list, Scope scope) throws SpecException {
    List<SpecNode> items = list.items();
    if (items.isEmpty()) {
      throw list.error("expected at least one step");
    }
    List<Step> steps = new ArrayList<>();
    for (SpecNode item : items) {
      steps.add(step(item, scope));
    }
    return steps;
  }

  private static Step step(SpecNode node, Scope scope) throws SpecException {
    String kind = null;
    for (String key : node.entries().keySet()) {
      if (KINDS.contains(key)) {
        kind = key;
        break;
      }
    }
    if (kind == null) {
      throw node.error("expected a step: a map with one of " + String.join(", ", KINDS)
          + (node.entries().isEmpty() ? "" : ", got keys " + String.join(", ", node.entries().keySet())));
    }
    switch (kind) {
      case "kernel":
        return launch(node, scope);
      case "repeat":
        return repeat(node, scope);
      case "fill": {
        SpecNode fill = node.keys(List.of("fill"), List.of()).get("fill").keys(List.of("buffer", "value"), List.of());
        return new Step.Fill(scope.buffer(fill.get("buffer")).name(), fill.get("value").number(), node.line());
      }
      case "write": {
        SpecNode w = node.keys(List.of("write"), List.of()).get("write")
            .keys(List.of("buffer", "index", "value"), List.of());
        return new Step.Write(scope.buffer(w.get("buffer")).name(), scope.expression(w.get("index")),
            w.get("value").number(), node.line());
      }
      case "copy": {
        SpecNode c = node.keys(List.of("copy"), List.of()).get("copy").keys(List.of("from", "to"), List.of());
        BufferSpec from = scope.buffer(c.get("from"));
        BufferSpec to = scope.buffer(c.get("to"));
        sameShape(c, from, to, scope);
        return new Step.Copy(from.name(), to.name(), node.line());
      }
      default:
        return swap(node, scope);
    }
  }

  private static Step.Launch launch(SpecNode node, Scope scope) throws SpecException {
    node.keys(List.of("kernel", "grid", "block"), List.of("shared", "args"));
    String kernel = node.get("kernel").string();
    List<String> grid = dims(node.get("grid"), scope);
    List<String> block = dims(node.get("block"), scope);
    String shared = node.find("shared").isPresent() ? scope.expression(node.get("shared")) : "0";
    List<Step.Arg> args = new ArrayList<>();
    if (node.find("args").isPresent()) {
      for (SpecNode arg : node.get("args").itemsOrOne()) {
        args.add(arg(arg, scope));
      }
    }
    return new Step.Launch(kernel, grid, block, shared, args, node.line());
  }

  private static List<String> dims(SpecNode node, Scope scope) throws SpecException {
    List<SpecNode> items = node.itemsOrOne();
    if (items.isEmpty() || items.size() > 3) {
      throw node.error("expected 1 to 3 dimensions (x, y, z), got " + items.size());
    }
    List<String> dims = new ArrayList<>();
    for (SpecNode d : items) {
      dims.add(scope.expression(d));
    }
    return dims;
  }

  /** A buffer name becomes a Buffer argument; any other value an expression the kernel parameter types. */
  private static Step.Arg arg(SpecNode arg, Scope scope) throws SpecException {
    if (arg.isString()) {
      String text = arg.string().strip();
      if (scope.buffers().containsKey(text)) {
        return new Step.Arg.Buffer(text);
      }
      if (text.matches("[A-Za-z_][A-Za-z0-9_]*") && !scope.variables().contains(text)) {
        throw arg.error("'" + text + "' is neither a buffer nor a variable (buffers: " + scope.bufferList()
            + "; variables: " + scope.variableList() + ")");
      }
    }
    if (arg.isMap()) {
      arg.keys(List.of("struct"), List.of());
      List<String> fields = new ArrayList<>();
      for (SpecNode f : arg.get("struct").itemsOrOne()) {
        fields.add(scope.expression(f));
      }
      return new Step.Arg.Struct(fields);
    }
    if (arg.isList()) {
      throw arg.error("expected a buffer name, a variable, a number, an expression or {struct: [fields...]}");
    }
    return new Step.Arg.Value(scope.expression(arg));
  }

  private static Step.Repeat repeat(SpecNode node, Scope scope) throws SpecException {
    node.keys(List.of("repeat", "steps"), List.of());
    SpecNode loop = node.get("repeat").keys(List.of("var", "from", "to"), List.of());
    SpecNode varNode = loop.get("var");
    String var = varNode.string();
    if (!Expressions.isFreeName(var)) {
      throw varNode.error("'" + var + "' cannot name a loop variable (expected an identifier that is not a "
          + "built-in function or constant)");
    }
    if (scope.isName(var)) {
      throw varNode.error("'" + var + "' is already a " + (scope.buffers().containsKey(var) ? "buffer" : "variable")
          + "; a loop variable needs a name of its own");
    }
    String from = scope.expression(loop.get("from"));
    String to = scope.expression(loop.get("to"));
    return new Step.Repeat(var, from, to, steps(node.get("steps"), scope.with(var)), node.line());
  }

  private static Step.Swap swap(SpecNode node, Scope scope) throws SpecException {
    SpecNode pair = node.keys(List.of("swap"), List.of()).get("swap");
    List<SpecNode> items = pair.items();
    if (items.size() != 2) {
      throw pair.error("expected two buffers [a, b], got " + items.size());
    }
    BufferSpec a = scope.buffer(items.get(0));
    BufferSpec b = scope.buffer(items.get(1));
    if (a.name().equals(b.name())) {
      throw pair.error("swaps '" + a.name() + "' with itself");
    }
    sameShape(pair, a, b, scope);
    return new Step.Swap(a.name(), b.name(), node.line());
  }

  /** Copy and swap stand for pointer games a host program plays: both buffers must be alike. */
  private static void sameShape(SpecNode node, BufferSpec a, BufferSpec b, Scope scope) throws SpecException {
    if (a.type() != b.type()) {
      throw node.error("'" + a.name() + "' is " + a.type().spelling + " but '" + b.name() + "' is "
          + b.type().spelling + "; both must have the same type");
    }
    for (Map.Entry<String, Long> size : scope.counts().get(a.name()).entrySet()) {
      Long other = scope.counts().get(b.name()).get(size.getKey());
      if (!Objects.equals(size.getValue(), other)) {
        throw node.error("'" + a.name() + "' has " + size.getValue() + " elements but '" + b.name() + "' has "
            + other + " with size '" + size.getKey() + "'; both must have the same count");
      }
    }
  }
}
