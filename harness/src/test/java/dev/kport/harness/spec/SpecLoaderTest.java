package dev.kport.harness.spec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kport.harness.spec.CheckSpec.Tolerance;
import dev.kport.harness.spec.Step.Arg;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpecLoaderTest {

  private static final Path CORPUS = Path.of("../kernels/src/main/resources/kernels");
  private static final Path FULL = Path.of("src/test/resources/specs/full/kernel.yaml");

  @ParameterizedTest
  @ValueSource(strings = {"vector_add", "saxpy", "reduce_shared"})
  void builtInSpecsLoad(String name) throws SpecException {
    KernelSpec spec = SpecLoader.load(CORPUS.resolve(name).resolve("kernel.yaml"));

    assertThat(spec.name()).isEqualTo(name);
    assertThat(spec.source()).isRegularFile().hasFileName(name + ".cu");
    assertThat(spec.sizes()).containsOnlyKeys("small", "default");
    assertThat(spec.defaultSize()).isEqualTo("default");
    assertThat(spec.entries()).containsExactly(name);
    assertThat(spec.check().reference()).isEqualTo(new CheckSpec.Reference.Model(name));
    assertThat(spec.check().expect()).isEqualTo(CheckSpec.Expect.PASS);
  }

  @Test
  void saxpyArgumentsAreBuffersOrValuesAndDefinesKeepTheirSpelling() throws SpecException {
    KernelSpec spec = SpecLoader.load(CORPUS.resolve("saxpy/kernel.yaml"));

    Step.Launch launch = (Step.Launch) spec.steps().get(0);
    assertThat(launch.args()).containsExactly(new Arg.Value("n"), new Arg.Value("ALPHA"), new Arg.Buffer("x"),
        new Arg.Buffer("y"));
    assertThat(launch.grid()).containsExactly("ceil(n / 256)");
    assertThat(launch.block()).containsExactly("256");
    assertThat(launch.shared()).isEqualTo("0");
    assertThat(launch.line()).isEqualTo(11);
    assertThat(spec.defines()).containsExactly(Map.entry("ALPHA", "2.5"));
    assertThat(spec.sizes().get("small")).containsExactly(Map.entry("n", 1000.0));
    assertThat(spec.buffers().get("x").init()).isEqualTo(new Init.Uniform(-1, 1, 1, Optional.empty()));
    assertThat(spec.check().tolerance()).containsExactly(Map.entry("y", new Tolerance(1, 0, 0)));
    assertThat(spec.metrics().flatMap(KernelSpec.Metrics::bytes)).contains("12 * n");
  }

  @Test
  void reduceSharedReadsToleranceInScientificNotation() throws SpecException {
    KernelSpec spec = SpecLoader.load(CORPUS.resolve("reduce_shared/kernel.yaml"));

    assertThat(spec.check().tolerance().get("partial")).isEqualTo(new Tolerance(0, 1e-4, 1e-5));
    assertThat(spec.buffers().get("partial").count()).isEqualTo("ceil(n / (2 * BLOCK))");
    assertThat(((Step.Launch) spec.steps().get(0)).block()).containsExactly("BLOCK");
  }

  @Test
  void everyFeatureOfASpecBecomesItsRecord() throws SpecException {
    KernelSpec spec = SpecLoader.load(FULL);
    Path dir = FULL.toAbsolutePath().getParent();

    assertThat(spec.includes()).containsExactly(dir.resolve("include"));
    assertThat(spec.defines()).containsExactly(Map.entry("BLOCK", "4"), Map.entry("TILE", "2 * BLOCK"),
        Map.entry("DEBUG", "1"));
    assertThat(spec.buffers().keySet()).containsExactly("a", "b", "w", "hist", "v");
    assertThat(spec.buffers().get("a").init().specials())
        .contains(new Init.Specials(0.25, List.of("nan", "inf", "-inf", "denormal", "zero", "-zero"), 9));
    assertThat(spec.buffers().get("hist").type()).isEqualTo(ElementType.UINT);
    assertThat(spec.buffers().get("v").init()).isEqualTo(new Init.Sequence(1, 0.5, Optional.empty()));
    Init.Npy npy = (Init.Npy) spec.buffers().get("w").init();
    assertThat(npy.file("small")).isEqualTo(dir.resolve("data/w_small.npy"));

    List<Step> steps = spec.steps();
    assertThat(steps.get(0)).isEqualTo(new Step.Fill("b", 0, 19));
    assertThat(((Step.Write) steps.get(1)).value()).isNaN();
    Step.Repeat repeat = (Step.Repeat) steps.get(2);
    assertThat(repeat).extracting(Step.Repeat::var, Step.Repeat::from, Step.Repeat::to)
        .containsExactly("k", "1", "steps");
    Step.Launch inner = (Step.Launch) repeat.steps().get(0);
    assertThat(inner.block()).containsExactly("BLOCK");
    assertThat(inner.grid()).containsExactly("ceil(n / BLOCK)", "1");
    assertThat(inner.args()).containsExactly(new Arg.Value("n"), new Arg.Buffer("a"), new Arg.Buffer("b"),
        new Arg.Value("k"));
    assertThat(repeat.steps().get(1)).isEqualTo(new Step.Swap("a", "b", 28));
    assertThat(steps.get(3)).isEqualTo(new Step.Copy("a", "w", 29));
    assertThat(spec.entries()).containsExactly("stencil", "count");

    CheckSpec check = spec.check();
    assertThat(check.outputs()).containsExactly("a", "hist");
    // hist has no tolerance of its own: the run derives one from the math the kernel calls
    assertThat(check.tolerance()).containsOnly(Map.entry("a", new Tolerance(2, 0, 1e-6)));
    assertThat(check.toleranceOf("hist")).isEmpty();
    assertThat(check.reference()).isEqualTo(new CheckSpec.Reference.Golden(dir.resolve("golden/{size}")));
    assertThat(((CheckSpec.Reference.Golden) check.reference()).file("small", "a"))
        .isEqualTo(dir.resolve("golden/small/a.npy"));
    assertThat(check.expect()).isEqualTo(CheckSpec.Expect.MISMATCH);
    assertThat(check.because()).contains("the golden files are recorded from an older, wrong kernel");
  }

  @Test
  void findSpecsWalksFoldersSortedAndSkipsBuildOutputAndHiddenFolders(@TempDir Path root) throws IOException {
    for (String p : List.of("b/kernel.yaml", "a/kernel.yaml", "a/deep/x/kernel.yaml", "target/kernel.yaml",
        "c/target/kernel.yaml", ".git/kernel.yaml", "a/other.yaml")) {
      Files.createDirectories(root.resolve(p).getParent());
      Files.writeString(root.resolve(p), "name: x\n");
    }

    assertThat(SpecLoader.findSpecs(root)).containsExactly(root.resolve("a/deep/x/kernel.yaml"),
        root.resolve("a/kernel.yaml"), root.resolve("b/kernel.yaml"));
    assertThat(SpecLoader.findSpecs(root.resolve("a/other.yaml"))).containsExactly(root.resolve("a/other.yaml"));
  }

  @Test
  void findSpecsOnTheCorpusFindsTheBuiltInKernels() throws IOException {
    assertThat(SpecLoader.findSpecs(CORPUS)).extracting(p -> p.getParent().getFileName().toString())
        .contains("reduce_shared", "saxpy", "vector_add")
        .isSorted();
  }

  @Test
  void aMissingSpecFileIsOneLine() {
    Path missing = Path.of("nowhere/kernel.yaml");
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> SpecLoader.load(missing)))
        .isInstanceOf(SpecException.class)
        .hasMessage("nowhere/kernel.yaml: no such spec file");
  }
}
