package dev.kport.harness.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kport.harness.backend.BackendProbe;
import dev.kport.harness.backend.cuda.CudaBackend;
import dev.kport.harness.backend.hip.HipBackend;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HIP and CUDA columns end to end: the build runs wherever the compiler is, the run where a
 * device is; a cell that cannot run says what the runtime answered. Build tests skip where hipcc
 * or nvcc is absent.
 */
class ModuleColumnsTest {

  private static final String CORPUS = "../kernels/src/main/resources/kernels/";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static void assumeHipcc() {
    assumeTrue(HipBackend.hipcc().isPresent(), "hipcc not found: ci/install-deps.sh installs it");
  }

  private static JsonNode cells(Path report) throws Exception {
    return JSON.readTree(Files.readString(report.resolve("results.json"))).get("cells");
  }

  @Test
  void hipBuildsTheTranslationOfKernelsWithTemplatesStructsSharedMemoryAndConstants(@TempDir Path dir)
      throws Exception {
    assumeHipcc();
    Cli r = Cli.run("run", CORPUS + "saxpy", CORPUS + "reduce_template", CORPUS + "struct_args",
        CORPUS + "dynamic_shared", CORPUS + "convolution_constant", "--backends", "hip", "--size", "small",
        "--time-budget", "0", "-q", "--report", dir.toString());
    for (JsonNode cell : cells(dir)) {
      JsonNode stages = cell.get("stages");
      assertThat(stages.get("translate").get("status").asText()).isEqualTo("ok");
      assertThat(stages.get("build").get("status").asText()).as(cell.toString()).isEqualTo("ok");
      assertThat(stages.get("build").get("text").asText()).startsWith("hipcc --genco --offload-arch=gfx90a in ");
      if (!HipBackend.probe().canRun()) {
        assertThat(stages.get("run").get("status").asText()).isEqualTo("skipped");
        assertThat(cell.get("verdict").asText()).isEqualToIgnoringCase("skipped");
      }
    }
    assertThat(cells(dir)).hasSize(5);
    // the template instances were found under their mangled names
    assertThat(r.out() + Files.readString(dir.resolve("results.json")))
        .contains("reduce<float, 256> = _Z6reduceIfLi256EEvPKT_PS0_i")
        .contains("reduce<double, 128> = _Z6reduceIdLi128EEvPKT_PS0_i");
  }

  @Test
  void benchBuildsAHandWrittenHipVariantBesideTheTranslation(@TempDir Path dir) throws Exception {
    assumeHipcc();
    Path kernel = dir.resolve("vector_add");
    Path variants = Files.createDirectories(kernel.resolve("variants"));
    Path from = Path.of(CORPUS + "vector_add");
    for (String f : new String[] {"kernel.yaml", "vector_add.cu", "variants/by_hand.hip"}) {
      Files.copy(from.resolve(f), kernel.resolve(f));
    }
    Files.writeString(variants.resolve("missing_kernel.hip"),
        "#include <hip/hip_runtime.h>\n__global__ void add_vectors(const float *a, const float *b, float *c, int n) {}\n");
    Cli r = Cli.run("bench", kernel.toString(), "--backends", "hip", "--size", "small", "--time-budget", "0", "-q",
        "--report", dir.resolve("r").toString());
    JsonNode cells = cells(dir.resolve("r"));
    assertThat(cells).as(r.out()).hasSize(3);
    assertThat(cells.get(0).get("backend").asText()).isEqualTo("hip");
    JsonNode byHand = cells.get(1);
    assertThat(byHand.get("backend").asText()).isEqualTo("hip:by_hand");
    assertThat(byHand.get("stages").get("translate").get("text").asText()).contains("hand-written by_hand.hip");
    assertThat(byHand.get("stages").get("build").get("status").asText()).as(byHand.toString()).isEqualTo("ok");
    assertThat(byHand.get("stages").get("build").get("text").asText()).contains("vector_add = _Z10vector_addPKfS0_Pfi");
    JsonNode missing = cells.get(2);
    assertThat(missing.get("backend").asText()).isEqualTo("hip:missing_kernel");
    assertThat(missing.get("verdict").asText()).isEqualToIgnoringCase("failed");
    assertThat(missing.get("reason").asText()).contains("no kernel 'vector_add'").contains("add_vectors");
  }

  @Test
  void withoutAnAmdGpuTheHipCellSaysWhatTheRuntimeAnswered() {
    BackendProbe hip = HipBackend.probe();
    assumeTrue(!hip.canRun(), "this machine has an AMD GPU: the hip column runs");
    // the runtime's own error (hipErrorNoDevice where libamdhip64 is installed) or the loader's message
    // (or, where kport was built without g++, that its binding did not load and how to fix it)
    assertThat(hip.unavailable().orElseThrow())
        .matches("HIP runtime(: hipGetDeviceCount: hipError\\w+ .*| not loaded: .+)|kport's HIP binding did not load .+");
    Cli r = Cli.run("devices");
    assertThat(r.out()).contains("hip     unavailable: " + hip.unavailable().get());
  }

  @Test
  void aHipccErrorIsTheBuildStagesResultWithTheCompilersWords(@TempDir Path dir) throws Exception {
    assumeHipcc();
    Cli r = Cli.run("run", "src/test/resources/e2e/hip_build_error", "--backends", "hip", "--time-budget", "0",
        "-q", "--report", dir.toString());
    assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(Main.EXIT_FAILED);
    assertThat(r.out()).containsPattern("calls_missing\\s+small\\s+hip\\s+FAILED\\s+-\\s+-\\s+hipcc failed: .*error: "
        + "use of undeclared identifier 'helper_that_does_not_exist'");
    JsonNode build = cells(dir).get(0).get("stages").get("build");
    assertThat(build.get("status").asText()).isEqualTo("failed");
    assertThat(build.get("text").asText()).contains("--genco").contains("helper_that_does_not_exist");
  }

  @Test
  void hipArchNamesEveryArchitectureTheModuleIsBuiltFor(@TempDir Path dir) throws Exception {
    assumeHipcc();
    Cli.run("run", CORPUS + "saxpy", "--backends", "hip", "--size", "small", "--hip-arch", "gfx90a,gfx1030",
        "-q", "--report", dir.toString());
    assertThat(cells(dir).get(0).get("stages").get("build").get("text").asText())
        .startsWith("hipcc --genco --offload-arch=gfx90a,gfx1030 in ");
  }

  @Test
  void aHipArchThatIsNoAmdArchitectureIsAUsageError() {
    Cli r = Cli.run("run", CORPUS + "saxpy", "--backends", "hip", "--hip-arch", "sm_80");
    assertThat(r.exitCode()).isEqualTo(Main.EXIT_USAGE);
    assertThat(r.err()).contains("--hip-arch: 'sm_80' is no AMD GPU architecture");
  }

  @Test
  void cudaBuildsTheOriginalAndFindsItsKernelsWithoutADriver(@TempDir Path dir) throws Exception {
    assumeTrue(CudaBackend.nvcc().isPresent(), "nvcc not found: install the CUDA toolkit");
    Cli.run("run", CORPUS + "reduce_template", "--backends", "cuda", "--size", "small", "--time-budget", "0", "-q",
        "--report", dir.toString());
    JsonNode cell = cells(dir).get(0);
    assertThat(cell.get("stages").get("build").get("text").asText()).startsWith("nvcc -arch=sm_")
        .contains("reduce<float, 256> = _Z6reduceIfLi256EEvPKT_PS0_i");
    if (!CudaBackend.probe().canRun()) {
      assertThat(cell.get("reason").asText()).startsWith("built with nvcc; not run: no NVIDIA driver: ");
    }
  }

  @Test
  void recordingFromABackendThatCannotRunSaysWhyAndWritesNothing(@TempDir Path dir) throws Exception {
    BackendProbe cuda = CudaBackend.probe();
    assumeTrue(!cuda.canRun(), "this machine has a CUDA device: recording works");
    Cli r = Cli.run("record", CORPUS + "saxpy", "--backend", "cuda", "--size", "small", "-o", dir.toString());
    assertThat(r.exitCode()).isEqualTo(Main.EXIT_FAILED);
    assertThat(r.err()).contains("saxpy [small]: not recorded: ").contains(cuda.unavailable().get());
    assertThat(dir.resolve("saxpy/small/manifest.json")).doesNotExist();
  }
}
