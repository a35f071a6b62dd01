package dev.kport.harness.expr;

import dev.kport.harness.spec.KernelSpec;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.TreeSet;
import net.objecthunter.exp4j.Expression;
import net.objecthunter.exp4j.ExpressionBuilder;
import net.objecthunter.exp4j.ValidationResult;
import net.objecthunter.exp4j.function.Function;
import net.objecthunter.exp4j.function.Functions;

/** Evaluates and inspects spec expressions. */
public final class Expressions {

  /** Functions added to exp4j's own (which has ceil, floor, abs, sqrt, log2 and more, but no min/max). */
  private static final List<Function> EXTRA = List.of(
      new Function("min", 2) {
        @Override
        public double apply(double... a) {
          return Math.min(a[0], a[1]);
        }
      },
      new Function("max", 2) {
        @Override
        public double apply(double... a) {
          return Math.max(a[0], a[1]);
        }
      },
      new Function("pow", 2) {
        @Override
        public double apply(double... a) {
          return Math.pow(a[0], a[1]);
        }
      },
      new Function("round", 1) {
        @Override
        public double apply(double... a) {
          return Math.rint(a[0]);
        }
      });

  /** exp4j's built-in constants; they are not variables a spec must define. */
  private static final Set<String> CONSTANTS = Set.of("pi", "π", "e", "φ");

  /** A value this close to a whole number counts as whole: n * 0.1 should not fail on rounding noise. */
  private static final double WHOLE_SLACK = 1e-9;

  private Expressions() {}

  public static double eval(String expr, Map<String, Double> variables) {
    Compiled c = compiled(expr);
    if (!variables.keySet().containsAll(c.names())) {
      Set<String> unknown = new TreeSet<>(c.names());
      unknown.removeAll(variables.keySet());
      throw new ExpressionException("'" + expr + "': unknown name " + quoted(unknown)
          + " (variables: " + String.join(", ", variables.keySet()) + ")");
    }
    double v;
    // exp4j's Expression holds its variables' values: one evaluation at a time per expression
    synchronized (c) {
      for (String name : c.names()) {
        c.expression().setVariable(name, variables.get(name));
      }
      try {
        v = c.expression().evaluate();
      } catch (ArithmeticException ex) {
        throw new ExpressionException("'" + expr + "': " + ex.getMessage());
      } catch (IllegalArgumentException ex) {
        throw new ExpressionException("'" + expr + "' is not a valid expression: " + reason(ex));
      }
    }
    if (Double.isNaN(v)) {
      throw new ExpressionException("'" + expr + "' is not a number (NaN) with " + variables);
    }
    return v;
  }

  /** An expression parsed once: launches in long repeat loops evaluate the same text many times. */
  private record Compiled(Expression expression, Set<String> names) {}

  private static final Map<String, Compiled> COMPILED = new ConcurrentHashMap<>();

  private static Compiled compiled(String expr) {
    Compiled c = COMPILED.get(expr);
    if (c == null) {
      Set<String> names = variables(expr);
      c = new Compiled(build(expr, names), names);
      COMPILED.putIfAbsent(expr, c);
    }
    return c;
  }

  /** Evaluates to a whole number (a count, a grid size), or says why the result is not one. */
  public static long evalLong(String expr, Map<String, Double> variables) {
    double v = eval(expr, variables);
    double r = Math.rint(v);
    if (Double.isInfinite(v) || Math.abs(r) > 0x1p62) {
      throw new ExpressionException("'" + expr + "' = " + v + " is too large for a count or index");
    }
    if (Math.abs(v - r) > WHOLE_SLACK * Math.max(1, Math.abs(r))) {
      throw new ExpressionException("'" + expr + "' = " + v
          + " is not a whole number (use ceil, floor or round)");
    }
    return (long) r;
  }

  /**
   * The variable names an expression uses, in order of first use: identifiers that are not
   * called as functions and are not exp4j's constants. Works on text that exp4j would reject,
   * so a validator can name the unknown identifier before complaining about syntax.
   */
  public static Set<String> variables(String expr) {
    Set<String> names = new LinkedHashSet<>();
    int i = 0;
    while (i < expr.length()) {
      char c = expr.charAt(i);
      if (Character.isDigit(c) || c == '.') {
        i = skipNumber(expr, i);
      } else if (Character.isLetter(c) || c == '_') {
        int start = i;
        while (i < expr.length() && (Character.isLetterOrDigit(expr.charAt(i)) || expr.charAt(i) == '_')) {
          i++;
        }
        String name = expr.substring(start, i);
        if (!isCall(expr, i) && !CONSTANTS.contains(name)) {
          names.add(name);
        }
      } else {
        i++;
      }
    }
    return names;
  }

  /**
   * Checks an expression against the names in scope without evaluating it: unknown names first
   * (the common mistake), then syntax and function arity.
   */
  public static void check(String expr, Collection<String> known) {
    Set<String> unknown = new TreeSet<>(variables(expr));
    unknown.removeAll(known);
    if (!unknown.isEmpty()) {
      throw new ExpressionException("unknown name " + quoted(unknown) + " in '" + expr + "' (variables: "
          + (known.isEmpty() ? "none" : String.join(", ", known)) + ")");
    }
    ValidationResult result = build(expr, known).validate(false);
    if (!result.isValid()) {
      throw new ExpressionException("'" + expr + "' is not a valid expression: "
          + String.join("; ", result.getErrors().stream().map(Expressions::reason).toList()));
    }
  }

  /** True for a name a spec may define: an identifier exp4j reads whole, not a function or constant. */
  public static boolean isFreeName(String name) {
    return name.matches("[A-Za-z_][A-Za-z0-9_]*") && !CONSTANTS.contains(name)
        && Functions.getBuiltinFunction(name) == null
        && EXTRA.stream().noneMatch(f -> f.getName().equals(name));
  }

  /**
   * A size's variables followed by the spec's defines, each define evaluated in file order so it
   * may use the size's variables and the defines before it.
   */
  public static Map<String, Double> variables(KernelSpec spec, String sizeName) {
    Map<String, Double> size = spec.sizes().get(sizeName);
    if (size == null) {
      throw new ExpressionException("no size '" + sizeName + "' (sizes: "
          + String.join(", ", spec.sizes().keySet()) + ")");
    }
    Map<String, Double> vars = new LinkedHashMap<>(size);
    for (Map.Entry<String, String> d : spec.defines().entrySet()) {
      vars.put(d.getKey(), eval(d.getValue(), vars));
    }
    return vars;
  }

  /**
   * The defines as a compiler's {@code -D} wants them for a size: evaluated, whole numbers
   * without a fraction ({@code 256}, not {@code 256.0}, so {@code int tile[BLOCK]} compiles),
   * others as a C double literal.
   */
  public static Map<String, String> compilerDefines(KernelSpec spec, String sizeName) {
    Map<String, Double> vars = variables(spec, sizeName);
    Map<String, String> out = new LinkedHashMap<>();
    for (String name : spec.defines().keySet()) {
      out.put(name, cLiteral(vars.get(name)));
    }
    return out;
  }

  private static String cLiteral(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 0x1p63) {
      return Long.toString((long) v);
    }
    return Double.toString(v); // 2.5, 1.0E-4: both valid C literals
  }

  private static Expression build(String expr, Collection<String> variables) {
    try {
      return new ExpressionBuilder(expr)
          .implicitMultiplication(false)
          .functions(EXTRA)
          .variables(Set.copyOf(variables))
          .build();
    } catch (IllegalArgumentException ex) {
      throw new ExpressionException("'" + expr + "' is not a valid expression: " + reason(ex));
    }
  }

  private static String reason(IllegalArgumentException ex) {
    return reason(String.valueOf(ex.getMessage()));
  }

  private static String reason(String m) {
    // exp4j's wording for a wrong operand count is about its internals; say what the user did
    if (m.startsWith("Invalid number of items")) {
      return "missing or extra operand or argument";
    }
    return m.equals("Too many operators") ? "an operator is missing an operand" : m;
  }

  private static boolean isCall(String expr, int end) {
    int j = end;
    while (j < expr.length() && Character.isWhitespace(expr.charAt(j))) {
      j++;
    }
    return j < expr.length() && expr.charAt(j) == '(';
  }

  private static int skipNumber(String expr, int i) {
    while (i < expr.length() && (Character.isDigit(expr.charAt(i)) || expr.charAt(i) == '.')) {
      i++;
    }
    if (i < expr.length() && (expr.charAt(i) == 'e' || expr.charAt(i) == 'E')) {
      int j = i + 1;
      if (j < expr.length() && (expr.charAt(j) == '+' || expr.charAt(j) == '-')) {
        j++;
      }
      if (j < expr.length() && Character.isDigit(expr.charAt(j))) {
        i = j;
        while (i < expr.length() && Character.isDigit(expr.charAt(i))) {
          i++;
        }
      }
    }
    return i;
  }

  private static String quoted(Set<String> names) {
    return String.join(", ", names.stream().map(n -> "'" + n + "'").toList());
  }
}
