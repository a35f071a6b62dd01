package dev.kport.harness.backend.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kport.harness.backend.cuda.CudaBackend;
import dev.kport.harness.backend.hip.HipBackend;
import dev.kport.harness.tool.ExternalTool;
import dev.kport.translator.Target;
import dev.kport.translator.TranslateOptions;
import dev.kport.translator.Translator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kernels are found in modules that nvcc and hipcc really built, by the names a spec gives them:
 * C++ linkage, a template instance and a namespace included. Skipped where the compiler is absent.
 */
class KernelSymbolsTest {

  private static final Path SOURCE = Path.of("src/test/resources/e2e/module_args/module_args.cu");

  @TempDir
  Path dir;

  @Test
  void aCubinFromNvccNamesEveryKernelAndTheConstantGlobal() throws Exception {
    Optional<Path> nvcc = CudaBackend.nvcc();
    assumeTrue(nvcc.isPresent(), "nvcc not found: install the CUDA toolkit");
    Path out = dir.resolve("m.cubin");
    ExternalTool.Outcome o = ExternalTool.run(List.of(nvcc.get().toString(), "-arch=sm_80", "-cubin", "-o",
        out.toString(), SOURCE.toAbsolutePath().toString()), dir, 300);
    assertThat(o.ok()).as(o.output()).isTrue();
    CodeObject module = new CodeObject(Files.readAllBytes(out));
    assertThat(module.images()).containsOnlyKeys("elf");
    checkNames(KernelSymbols.of(module));
  }

  @Test
  void aHipccBundleForTwoArchitecturesNamesEveryKernelOnce() throws Exception {
    Optional<Path> hipcc = HipBackend.hipcc();
    assumeTrue(hipcc.isPresent(), "hipcc not found: ci/install-deps.sh installs it");
    Path hip = dir.resolve("m.hip");
    Files.writeString(hip, Translator.translate(SOURCE, TranslateOptions.of(Target.HIP)).output());
    Path out = dir.resolve("m.co");
    List<String> cmd = new ArrayList<>(List.of(hipcc.get().toString(), "--genco", "-include", "hip/hip_runtime.h", "--offload-arch=gfx90a",
        "--offload-arch=gfx1030", "-o", out.toString(), hip.toString()));
    ExternalTool.Outcome o = ExternalTool.run(cmd, dir, 300, Map.of("HIP_PLATFORM", "amd"));
    assertThat(o.ok()).as(o.output()).isTrue();
    CodeObject module = new CodeObject(Files.readAllBytes(out));
    assertThat(module.images().keySet()).anyMatch(t -> t.endsWith("gfx90a")).anyMatch(t -> t.endsWith("gfx1030"));
    checkNames(KernelSymbols.of(module));
  }

  private static void checkNames(KernelSymbols s) {
    assertThat(s.kernel("weigh")).contains("_Z5weighPKfPfid5Scale");
    assertThat(s.kernel("add_k<float, 3>")).contains("_Z5add_kIfLi3EEvPT_i");
    assertThat(s.kernel("add_k<float,3>")).as("spaces do not matter").contains("_Z5add_kIfLi3EEvPT_i");
    assertThat(s.kernel("negate")).as("a kernel in a namespace, named without it").contains("_ZN10kport_test6negateEPfi");
    assertThat(s.kernel("kport_test::negate")).contains("_ZN10kport_test6negateEPfi");
    assertThat(s.kernel("add_k<double, 3>")).isEmpty();
    assertThat(s.kernel("weights")).as("a global is no kernel").isEmpty();
    assertThat(s.kernelNames()).hasSize(3);
    assertThat(s.global("weights")).contains("weights");
  }

  @Test
  void theFunctionNameOfADemangledSymbolDropsReturnTypeAndParameters() {
    assertThat(KernelSymbols.functionName("void reduce<float, 256>(float const*, float*, int)"))
        .isEqualTo("reduce<float, 256>");
    assertThat(KernelSymbols.functionName("saxpy(int, float, float const*, float*)")).isEqualTo("saxpy");
    assertThat(KernelSymbols.functionName("ns::k(int (*) [4])")).isEqualTo("ns::k");
    assertThat(KernelSymbols.functionName("void apply<Op<int> >(int*)")).isEqualTo("apply<Op<int> >");
  }

  @Test
  void anythingButAnElfOrABundleIsRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CodeObject("not a module".getBytes()).images())
        .hasMessageContaining("neither an ELF file nor a clang offload bundle");
  }
}
