package dev.kport.harness.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kport.harness.data.HostBuffer;
import dev.kport.harness.spec.ElementType;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MistrustCheckTest {

  private static HostBuffer f(float... v) {
    return HostBuffer.fromArray(ElementType.FLOAT, v);
  }

  @Test
  void anAllZeroOutputProvesNothing() {
    assertThat(MistrustCheck.reason(f(0, -0f, 0), Map.of()))
        .contains("the expected output is all zero: a kernel that writes zeros or nothing would pass");
  }

  @Test
  void aConstantOutputProvesLittle() {
    assertThat(MistrustCheck.reason(f(2.5f, 2.5f), Map.of()))
        .contains("the expected output is 2.5 everywhere: a kernel that writes one value would pass");
  }

  @Test
  void anOutputEqualToABufferAsInitialisedMeansADoNothingKernelPasses() {
    HostBuffer x = f(1, 2, 3);
    assertThat(MistrustCheck.reason(f(1, 2, 3), Map.of("x", x, "y", f(4, 5, 6))))
        .contains("the expected output is identical to 'x' as initialised: a kernel that does nothing would pass");
  }

  @Test
  void aVariedOutputAndASingleReductionValueAreTrusted() {
    assertThat(MistrustCheck.reason(f(1, 2, 3), Map.of("x", f(1, 2, 4)))).isEmpty();
    assertThat(MistrustCheck.reason(f(42), Map.of())).isEmpty();
  }

  @Test
  void anEmptyOutputIsFlagged() {
    assertThat(MistrustCheck.reason(f(), Map.of())).contains("the expected output is empty");
  }
}
