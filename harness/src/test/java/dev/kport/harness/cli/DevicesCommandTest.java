package dev.kport.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kport.harness.OpenCl;
import java.util.ArrayList;
import java.util.List;
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
    List<String> backends = new ArrayList<>();
    tree.forEach(row -> backends.add(row.get("backend").asText()));
    assertThat(backends).containsExactly("opencl", "cuda", "hip");
    assertThat(tree.get(1).get("available").isBoolean()).isTrue();
  }
}
