package dev.kport.translator.preprocess;

import dev.kport.translator.lex.Token;
import dev.kport.translator.lex.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Evaluates the integer constant expression of {@code #if}/{@code #elif}: {@code defined},
 * macro expansion, then C arithmetic in 64 bits; names left after expansion count as 0.
 */
final class ConditionEvaluator {

  /** A condition that cannot be evaluated; the directive's branch is then taken as false. */
  static final class BadCondition extends Exception {
    private static final long serialVersionUID = 1L;
    BadCondition(String message) {
      super(message, null, false, false);
    }
  }

  private final Map<String, Macro> macros;
  private final MacroExpander expander;
  private List<Token> toks;
  private int pos;

  ConditionEvaluator(Map<String, Macro> macros, MacroExpander expander) {
    this.macros = macros;
    this.expander = expander;
  }

  long evaluate(List<Token> condition) throws BadCondition {
    toks = expander.expand(replaceDefined(condition));
    pos = 0;
    if (toks.isEmpty()) {
      throw new BadCondition("empty condition");
    }
    long v = ternary();
    if (pos < toks.size()) {
      throw new BadCondition("unexpected '" + toks.get(pos).text() + "'");
    }
    return v;
  }

  /** {@code defined X}, {@code defined(X)} and {@code __has_include(...)} before any expansion. */
  private List<Token> replaceDefined(List<Token> in) throws BadCondition {
    List<Token> out = new ArrayList<>(in.size());
    for (int i = 0; i < in.size(); i++) {
      Token t = in.get(i);
      String w = t.text();
      if (t.kind() == TokenKind.IDENTIFIER && w.equals("defined")) {
        int j = i + 1;
        boolean paren = j < in.size() && in.get(j).is("(");
        if (paren) {
          j++;
        }
        if (j >= in.size() || in.get(j).kind() != TokenKind.IDENTIFIER) {
          throw new BadCondition("'defined' without a name");
        }
        boolean d = macros.containsKey(in.get(j).text());
        if (paren) {
          j++;
          if (j >= in.size() || !in.get(j).is(")")) {
            throw new BadCondition("missing ')' after defined");
          }
        }
        out.add(number(d ? "1" : "0"));
        i = j;
      } else if (t.kind() == TokenKind.IDENTIFIER && w.startsWith("__has_") && i + 1 < in.size()
          && in.get(i + 1).is("(")) {
        int nest = 0;
        int j = i + 1;
        for (; j < in.size(); j++) {
          if (in.get(j).is("(")) {
            nest++;
          } else if (in.get(j).is(")") && --nest == 0) {
            break;
          }
        }
        out.add(number("0")); // headers and builtins are not known to this view
        i = j;
      } else {
        out.add(t);
      }
    }
    return out;
  }

  private static Token number(String s) {
    return new Token(TokenKind.NUMBER, s, 0, 1, 1);
  }

  private boolean at(String s) {
    return pos < toks.size() && toks.get(pos).is(s);
  }

  private long ternary() throws BadCondition {
    long c = binary(0);
    if (at("?")) {
      pos++;
      long a = ternary();
      if (!at(":")) {
        throw new BadCondition("expected ':'");
      }
      pos++;
      long b = ternary();
      return c != 0 ? a : b;
    }
    return c;
  }

  private static final String[][] LEVELS = {
    {"||"}, {"&&"}, {"|"}, {"^"}, {"&"}, {"==", "!="}, {"<", ">", "<=", ">="}, {"<<", ">>"}, {"+", "-"},
    {"*", "/", "%"},
  };

  private long binary(int level) throws BadCondition {
    if (level == LEVELS.length) {
      return unary();
    }
    long left = binary(level + 1);
    while (pos < toks.size()) {
      String op = matchOp(level);
      if (op == null) {
        return left;
      }
      pos++;
      long right = binary(level + 1);
      left = apply(op, left, right);
    }
    return left;
  }

  private String matchOp(int level) {
    Token t = toks.get(pos);
    if (t.kind() != TokenKind.PUNCTUATOR) {
      return null;
    }
    for (String op : LEVELS[level]) {
      if (t.text().equals(op)) {
        return op;
      }
    }
    return null;
  }

  private static long apply(String op, long a, long b) throws BadCondition {
    switch (op) {
      case "||": return (a != 0 || b != 0) ? 1 : 0;
      case "&&": return (a != 0 && b != 0) ? 1 : 0;
      case "|": return a | b;
      case "^": return a ^ b;
      case "&": return a & b;
      case "==": return a == b ? 1 : 0;
      case "!=": return a != b ? 1 : 0;
      case "<": return a < b ? 1 : 0;
      case ">": return a > b ? 1 : 0;
      case "<=": return a <= b ? 1 : 0;
      case ">=": return a >= b ? 1 : 0;
      case "<<": return a << (b & 63);
      case ">>": return a >> (b & 63);
      case "+": return a + b;
      case "-": return a - b;
      case "*": return a * b;
      default:
        if (b == 0) {
          throw new BadCondition("division by zero");
        }
        return op.equals("/") ? a / b : a % b;
    }
  }

  private long unary() throws BadCondition {
    if (pos >= toks.size()) {
      throw new BadCondition("unexpected end of condition");
    }
    Token t = toks.get(pos++);
    String s = t.text();
    switch (t.kind()) {
      case NUMBER: return parseInteger(s);
      case CHAR: return charValue(s);
      case IDENTIFIER: return s.equals("true") ? 1 : 0;
      case PUNCTUATOR:
        if (s.equals("(")) {
          long v = ternary();
          if (!at(")")) {
            throw new BadCondition("expected ')'");
          }
          pos++;
          return v;
        }
        if (s.equals("!")) {
          return unary() == 0 ? 1 : 0;
        }
        if (s.equals("~")) {
          return ~unary();
        }
        if (s.equals("-")) {
          return -unary();
        }
        if (s.equals("+")) {
          return unary();
        }
        throw new BadCondition("unexpected '" + s + "'");
      default:
        throw new BadCondition("unexpected '" + s + "'");
    }
  }

  /** A C integer literal: decimal, 0x, 0b, octal, digit separators, u/l suffixes. */
  static long parseInteger(String s) throws BadCondition {
    String t = s.replace("'", "");
    int end = t.length();
    while (end > 0 && "uUlLzZ".indexOf(t.charAt(end - 1)) >= 0) {
      end--;
    }
    t = t.substring(0, end);
    try {
      if (t.startsWith("0x") || t.startsWith("0X")) {
        return Long.parseUnsignedLong(t.substring(2), 16);
      }
      if (t.startsWith("0b") || t.startsWith("0B")) {
        return Long.parseUnsignedLong(t.substring(2), 2);
      }
      if (t.length() > 1 && t.startsWith("0")) {
        return Long.parseUnsignedLong(t.substring(1), 8);
      }
      return Long.parseUnsignedLong(t);
    } catch (NumberFormatException e) {
      throw new BadCondition("not an integer: " + s);
    }
  }

  private static long charValue(String s) throws BadCondition {
    int q = s.indexOf('\'');
    if (q < 0 || s.length() < q + 3) {
      throw new BadCondition("bad character literal " + s);
    }
    char ch = s.charAt(q + 1);
    if (ch != '\\') {
      return ch;
    }
    char e = s.charAt(q + 2);
    switch (e) {
      case 'n': return '\n';
      case 't': return '\t';
      case '0': return 0;
      case 'r': return '\r';
      default: return e;
    }
  }
}
