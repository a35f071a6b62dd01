package dev.kport.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kport.harness.OpenCl;
import org.junit.jupiter.api.Test;

class DevicesCommandTest {

  @Test
  void listsTheOpenClDevice() {
    OpenCl.assumeAvailable();
    Cli r = Cli.run("devices");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).containsPattern("opencl\\s+available").containsPattern("opencl:0:0\\s+\\S+");
  }

  @Test
  void saysWhyCudaAndHipCannotRun() {
    Cli r = Cli.run("devices");
    // on a machine with neither driver, both lines carry a reason a user can act on
    assertThat(r.out()).containsPattern("cuda\\s+(available|unavailable: .*(driver|device).*)");
    assertThat(r.out()).containsPattern("hip\\s+unavailable: .+");
  }

  @Test
  void jsonIsMachineReadable() throws Exception {
    Cli r = Cli.run("devices", "--json");
    var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
    assertThat(tree.isArray()).isTrue();
    assertThat(tree.findValuesAsText("backend")).containsExactly("opencl", "cuda", "hip");
  }
}
