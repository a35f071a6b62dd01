package dev.kport.translator.opencl;

import dev.kport.translator.lex.Lexer;
import dev.kport.translator.lex.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Evaluates an integer constant expression of the source, such as an array extent
 * {@code MASK_WIDTH * MASK_WIDTH}, seeing through object-like macros: the kernel interface must
 * state a global's size in bytes, so the harness can check the buffer that fills it. Handles
 * literals, parentheses, unary {@code + - ~} and the binary arithmetic, shift and bit operators.
 */
final class ConstantExpression {

  private static final int MAX_EXPANSION = 32;

  private final List<String> tokens = new ArrayList<>();
  private int pos;

  private ConstantExpression() {}

  /** The value of {@code text}, macros taken from {@code macros}; empty when it is not a constant. */
  static OptionalLong evaluate(String text, Map<String, String> macros) {
    ConstantExpression e = new ConstantExpression();
    if (!e.expand(text, macros, 0)) {
      return OptionalLong.empty();
    }
    try {
      long v = e.binary(0);
      return e.pos == e.tokens.size() ? OptionalLong.of(v) : OptionalLong.empty();
    } catch (IllegalArgumentException | ArithmeticException | IndexOutOfBoundsException ex) {
      return OptionalLong.empty();
    }
  }

  private boolean expand(String text, Map<String, String> macros, int depth) {
    for (Token t : Lexer.lex(text)) {
      if (t.isTrivia()) {
        continue;
      }
      if (t.isIdentifier()) {
        String body = macros.get(t.text());
        if (body == null || depth > MAX_EXPANSION || !expand(body, macros, depth + 1)) {
          return false;
        }
      } else {
        tokens.add(t.text());
      }
    }
    return true;
  }

  private static final List<List<String>> LEVELS = List.of(List.of("|"), List.of("^"), List.of("&"),
      List.of("<<", ">>"), List.of("+", "-"), List.of("*", "/", "%"));

  private long binary(int level) {
    if (level == LEVELS.size()) {
      return unary();
    }
    long v = binary(level + 1);
    while (pos < tokens.size() && LEVELS.get(level).contains(tokens.get(pos))) {
      String op = tokens.get(pos++);
      long r = binary(level + 1);
      v = switch (op) {
        case "|" -> v | r;
        case "^" -> v ^ r;
        case "&" -> v & r;
        case "<<" -> v << r;
        case ">>" -> v >> r;
        case "+" -> v + r;
        case "-" -> v - r;
        case "*" -> v * r;
        case "/" -> v / r;
        default -> v % r;
      };
    }
    return v;
  }

  private long unary() {
    String t = tokens.get(pos++);
    if (t.equals("-")) {
      return -unary();
    } else if (t.equals("+")) {
      return unary();
    } else if (t.equals("~")) {
      return ~unary();
    } else if (t.equals("(")) {
      long v = binary(0);
      if (!tokens.get(pos++).equals(")")) {
        throw new IllegalArgumentException("unbalanced");
      }
      return v;
    }
    return Long.decode(t.replaceAll("[uUlL]+$", ""));
  }
}
