package dev.kport.harness.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kport.harness.spec.KernelSpec;
import dev.kport.harness.spec.SpecException;
import dev.kport.harness.spec.SpecLoader;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionsTest {

  private static final Map<String, Double> N = Map.of("n", 1000.0, "BLOCK", 256.0);

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ceil(n / BLOCK)         | 4",
      "floor(n / BLOCK)        | 3",
      "min(n, BLOCK)           | 256",
      "max(n, BLOCK)           | 1000",
      "abs(BLOCK - n)          | 744",
      "sqrt(BLOCK)             | 16",
      "log2(BLOCK)             | 8",
      "pow(2, 10)              | 1024",
      "2 ^ 10                  | 1024",
      "round(n / 3)            | 333",
      "n % BLOCK               | 232",
      "4 * n + 4 * ceil(n / (2 * BLOCK)) | 4008",
      "1e-4 * n                | 0.1",
  })
  void evaluatesTheFunctionsSpecsUse(String expr, double value) {
    assertThat(Expressions.eval(expr, N)).isCloseTo(value, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void evalLongInsistsOnAWholeNumberAndSaysHowToGetOne() {
    assertThat(Expressions.evalLong("ceil(n / 3)", N)).isEqualTo(334);
    assertThatThrownBy(() -> Expressions.evalLong("n / 3", N))
        .isInstanceOf(ExpressionException.class)
        .hasMessage("'n / 3' = 333.3333333333333 is not a whole number (use ceil, floor or round)");
  }

  @Test
  void evalLongForgivesRoundingNoiseButNotAFraction() {
    // 0.1 * 30 is 3.0000000000000004 in binary floating point: a user means 3
    assertThat(Expressions.evalLong("0.1 * 30", N)).isEqualTo(3);
    assertThatThrownBy(() -> Expressions.evalLong("3.001", N)).isInstanceOf(ExpressionException.class);
  }

  @Test
  void unknownNamesAreNamedWithTheVariablesThatExist() {
    Map<String, Double> vars = new java.util.LinkedHashMap<>();
    vars.put("n", 1.0);
    vars.put("BLOCK", 2.0);
    assertThatThrownBy(() -> Expressions.eval("ceil(m / BLOCK)", vars))
        .hasMessage("'ceil(m / BLOCK)': unknown name 'm' (variables: n, BLOCK)");
  }

  @Test
  void divisionByZeroIsAnExpressionError() {
    assertThatThrownBy(() -> Expressions.eval("n / 0", N)).isInstanceOf(ExpressionException.class)
        .hasMessageContaining("Division by zero");
  }

  @Test
  void implicitMultiplicationIsOffSoExpressionsReadAsC() {
    assertThatThrownBy(() -> Expressions.check("2n", java.util.List.of("n")))
        .isInstanceOf(ExpressionException.class);
  }

  @Test
  void variablesAreTheIdentifiersThatAreNotFunctionsOrConstants() {
    assertThat(Expressions.variables("ceil(n / (2 * BLOCK)) + max(k, 1e-4) * pi + e + n_2 + 2.5E+3"))
        .containsExactly("n", "BLOCK", "k", "n_2");
    assertThat(Expressions.variables("256")).isEmpty();
  }

  @Test
  void aSizesVariablesComeWithTheDefinesEvaluatedInOrder() throws SpecException {
    KernelSpec spec = SpecLoader.load(Path.of("src/test/resources/specs/full/kernel.yaml"));

    assertThat(Expressions.variables(spec, "small")).containsExactly(Map.entry("n", 16.0),
        Map.entry("steps", 2.0), Map.entry("BLOCK", 4.0), Map.entry("TILE", 8.0), Map.entry("DEBUG", 1.0));
    assertThatThrownBy(() -> Expressions.variables(spec, "huge"))
        .hasMessage("no size 'huge' (sizes: small, default)");
  }

  @Test
  void compilerDefinesAreEvaluatedAndWholeNumbersHaveNoFraction() throws SpecException {
    KernelSpec full = SpecLoader.load(Path.of("src/test/resources/specs/full/kernel.yaml"));
    KernelSpec saxpy = SpecLoader.load(Path.of("../kernels/src/main/resources/kernels/saxpy/kernel.yaml"));

    assertThat(Expressions.compilerDefines(full, "small")).containsExactly(Map.entry("BLOCK", "4"),
        Map.entry("TILE", "8"), Map.entry("DEBUG", "1"));
    assertThat(Expressions.compilerDefines(saxpy, "default")).containsExactly(Map.entry("ALPHA", "2.5"));
  }
}
