package dev.kport.harness.spec;

import dev.kport.harness.expr.ExpressionException;
import dev.kport.harness.expr.Expressions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The names a spec expression or buffer reference may use at one place in the file: the size
 * variables and defines (and the loop variables of enclosing repeats), and the buffers with
 * their element counts for every size.
 *
 * @param counts buffer name to size name to element count
 */
record Scope(List<String> variables, Map<String, BufferSpec> buffers, Map<String, Map<String, Long>> counts) {

  Scope {
    variables = List.copyOf(variables);
  }

  /** The scope inside a repeat over {@code loopVar}. */
  Scope with(String loopVar) {
    List<String> vars = new ArrayList<>(variables);
    vars.add(loopVar);
    return new Scope(vars, buffers, counts);
  }

  boolean isName(String name) {
    return variables.contains(name) || buffers.containsKey(name);
  }

  /** An expression whose every name is in scope and whose syntax exp4j accepts. */
  String expression(SpecNode node) throws SpecException {
    String expr = node.expression();
    try {
      Expressions.check(expr, variables);
    } catch (ExpressionException e) {
      throw node.error(e.getMessage());
    }
    return expr;
  }

  /** The name of a buffer the spec declares. */
  BufferSpec buffer(SpecNode node) throws SpecException {
    String name = node.string();
    BufferSpec b = buffers.get(name);
    if (b == null) {
      throw node.error("'" + name + "' is not a buffer (buffers: " + bufferList() + ")");
    }
    return b;
  }

  String bufferList() {
    return buffers.isEmpty() ? "none" : String.join(", ", buffers.keySet());
  }

  String variableList() {
    return variables.isEmpty() ? "none" : String.join(", ", variables);
  }
}
