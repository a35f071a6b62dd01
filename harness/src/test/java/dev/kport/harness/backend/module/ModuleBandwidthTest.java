package dev.kport.harness.backend.module;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kport.harness.backend.opencl.BandwidthProbe;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The module backends' bandwidth probe, on a driver that keeps what it was handed. */
class ModuleBandwidthTest {

  @Test
  void theTriadRunsOverEveryElementOnceWarmThenTimedAndTheBestRunGivesGbPerSecond() throws Exception {
    FakeDriver driver = new FakeDriver();
    byte[] image = {1, 2, 3};
    Set<Long> addresses = new HashSet<>();
    driver.kernel = l -> {
      ByteBuffer p = ByteBuffer.wrap(l.params().packed()).order(ByteOrder.LITTLE_ENDIAN);
      addresses.add(p.getLong(0));
      addresses.add(p.getLong(8));
      addresses.add(p.getLong(16));
      assertThat(p.getFloat(24)).isEqualTo(3f);
      assertThat(p.getInt(28)).isEqualTo(BandwidthProbe.ELEMENTS);
    };

    double gbs = ModuleBandwidth.measure(driver, image);

    assertThat(driver.loaded).isSameAs(image);
    assertThat(driver.launches).hasSize(BandwidthProbe.RUNS + 1).allSatisfy(l -> {
      assertThat(l.symbol()).isEqualTo("kport_triad");
      assertThat(l.grid()[0] * l.block()[0]).isEqualTo(BandwidthProbe.ELEMENTS);
    });
    assertThat(addresses).hasSize(3);
    assertThat(driver.freed).isEqualTo(3);
    assertThat(String.join(" ", driver.stream)).startsWith("hold record launch record release hold");
    // three arrays of 4-byte floats in the fake's 1.5 microseconds per launch
    assertThat(gbs).isEqualTo(3.0 * 4 * BandwidthProbe.ELEMENTS / 1500);
  }
}
