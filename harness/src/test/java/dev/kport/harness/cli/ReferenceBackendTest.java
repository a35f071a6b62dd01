package dev.kport.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kport.harness.OpenCl;
import dev.kport.harness.backend.BackendProbe;
import dev.kport.harness.backend.cuda.CudaBackend;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reference: {backend: B}}: B's outputs are what every column is compared with. */
class ReferenceBackendTest {

  private static final String E2E = "src/test/resources/e2e/";

  @Test
  void openClAsTheReferenceComparesARunAgainOnTheSameDeviceElementByElement(@TempDir Path dir) throws Exception {
    OpenCl.assumeAvailable();
    Cli r = Cli.run("run", E2E + "reference_opencl", "--backends", "opencl", "--time-budget", "0", "-q",
        "--report", dir.toString());
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).containsPattern("scale_add_vs_opencl\\s+small\\s+opencl\\s+PASS");
    JsonNode cell = new ObjectMapper().readTree(Files.readString(dir.resolve("results.json"))).get("cells").get(0);
    assertThat(cell.get("stages").get("compare").get("status").asText()).isEqualTo("ok");
    // the reference run's outputs were really compared, element by element
    assertThat(cell.get("outputs").get("y").get("compared").asInt()).isEqualTo(1000);
  }

  @Test
  void whenTheReferenceBackendCannotRunEveryColumnSaysSoAndWhy() {
    BackendProbe cuda = CudaBackend.probe();
    assumeTrue(!cuda.canRun(), "this machine has a CUDA device: the reference backend runs");
    Cli r = Cli.run("run", E2E + "reference_cuda", "--backends", "opencl,hip", "--time-budget", "0", "-q");
    String why = "reference backend cuda unavailable: " + cuda.unavailable().orElseThrow();
    assertThat(r.out()).containsPattern("scale_add_vs_cuda\\s+small\\s+opencl\\s+SKIPPED")
        .containsPattern("scale_add_vs_cuda\\s+small\\s+hip\\s+SKIPPED").contains(why.substring(0, 60));
  }

  @Test
  void aReferenceBackendKportDoesNotKnowIsASpecErrorNamingTheOnesItDoes(@TempDir Path dir) throws Exception {
    Path spec = dir.resolve("kernel.yaml");
    Files.copy(Path.of(E2E + "reference_opencl/scale_add.cu"), dir.resolve("scale_add.cu"));
    Files.writeString(spec, Files.readString(Path.of(E2E + "reference_opencl/kernel.yaml"))
        .replace("{backend: opencl}", "{backend: metal}"));
    Cli r = Cli.run("run", dir.toString(), "--backends", "opencl");
    assertThat(r.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(r.err()).contains("kernel.yaml").contains("expected one of the backends opencl, cuda, hip, got 'metal'");
  }
}
