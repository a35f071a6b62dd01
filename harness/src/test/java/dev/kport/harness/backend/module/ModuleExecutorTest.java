package dev.kport.harness.backend.module;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kport.harness.data.BufferFactory;
import dev.kport.harness.data.HostBuffer;
import dev.kport.harness.expr.Expressions;
import dev.kport.harness.run.OutOfBoundsException;
import dev.kport.harness.run.StepInterpreter;
import dev.kport.harness.spec.KernelSpec;
import dev.kport.harness.spec.SpecLoader;
import dev.kport.translator.Target;
import dev.kport.translator.TranslateOptions;
import dev.kport.translator.Translation;
import dev.kport.translator.Translator;
import dev.kport.translator.iface.KernelInterface;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The CUDA/HIP launch path without a GPU: a spec's steps go through the step interpreter, the
 * kernel interface of the OpenCL translation and the module executor to a driver that keeps what
 * it was handed, which is checked against what the driver API expects.
 */
class ModuleExecutorTest {

  private static final Path SPEC = Path.of("src/test/resources/e2e/module_args/kernel.yaml");
  private static final Map<String, String> SYMBOLS = Map.of("weigh", "_Z5weighPKfPfid5Scale",
      "add_k<float, 3>", "_Z5add_kIfLi3EEvPT_i");

  private KernelSpec spec;
  private KernelInterface iface;
  private Map<String, HostBuffer> inputs;
  private FakeDriver driver;
  private ModuleExecutor ex;

  @BeforeEach
  void setUp() throws Exception {
    spec = SpecLoader.load(SPEC);
    Translation t = Translator.translate(spec.source(), new TranslateOptions(Target.OPENCL, List.of(), Map.of(),
        List.of()));
    iface = t.kernelInterface().orElseThrow();
    inputs = new LinkedHashMap<>();
    for (String b : spec.buffers().keySet()) {
      inputs.put(b, BufferFactory.create(spec, b, "small"));
    }
    driver = new FakeDriver();
    driver.declareGlobal("weights", 16);
    Map<String, String> kernels = new LinkedHashMap<>();
    for (KernelInterface.Kernel k : iface.kernels()) {
      if (SYMBOLS.containsKey(k.entry())) {
        kernels.put(k.name(), SYMBOLS.get(k.entry()));
      }
    }
    ex = new ModuleExecutor(driver, kernels, Map.of("weights", "weights"));
  }

  private void runSteps() throws Exception {
    ex.upload(copies());
    new StepInterpreter(spec, iface).run(Expressions.variables(spec, "small"), ex);
  }

  private Map<String, HostBuffer> copies() {
    Map<String, HostBuffer> c = new LinkedHashMap<>();
    inputs.forEach((k, v) -> c.put(k, v.copy()));
    return c;
  }

  private static ByteBuffer le(byte[] b) {
    return ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
  }

  @Test
  void eachParameterIsPackedAsTheKernelsCSignatureTakesIt() throws Exception {
    runSteps();
    FakeDriver.Launch weigh = driver.launches.get(0);
    assertThat(weigh.symbol()).isEqualTo("_Z5weighPKfPfid5Scale");
    KernelParams p = weigh.params();
    // x, y, n, bias, s: the extern __shared__ array and the __constant__ global are no parameters
    assertThat(p.count()).isEqualTo(5);
    assertThat(p.sizes()).containsExactly(8, 8, 4, 8, 8);
    for (int i = 0; i < p.count(); i++) {
      assertThat(p.offsets()[i] % 8).as("parameter %d aligned", i).isZero();
    }
    // the pointers are the device addresses of x's and y's data: x's holds x's values
    long x = le(p.value(0)).getLong();
    ByteBuffer onDevice = driver.at(x);
    assertThat(onDevice.getFloat()).isEqualTo(inputs.get("x").bytes().getFloat(0));
    assertThat(le(p.value(1)).getLong()).isNotEqualTo(x);
    assertThat(le(p.value(2)).getInt()).isEqualTo(100);
    assertThat(le(p.value(3)).getDouble()).isEqualTo(0.5);
    ByteBuffer s = le(p.value(4));
    assertThat(s.getFloat(0)).isEqualTo(2.0f);
    assertThat(s.getInt(4)).isEqualTo(7);
  }

  @Test
  void gridAndBlockBecomeDim3AndTheSharedExpressionTheDynamicSharedBytes() throws Exception {
    runSteps();
    FakeDriver.Launch weigh = driver.launches.get(0);
    assertThat(weigh.grid()).containsExactly(2, 2, 1);
    assertThat(weigh.block()).containsExactly(32, 1, 1);
    assertThat(weigh.params().sharedBytes()).isEqualTo(128);
    FakeDriver.Launch add = driver.launches.get(1);
    assertThat(add.symbol()).isEqualTo("_Z5add_kIfLi3EEvPT_i");
    assertThat(add.grid()).containsExactly(2, 1, 1);
    assertThat(add.params().sharedBytes()).isZero();
    // both launches got the same y
    assertThat(le(add.params().value(0)).getLong()).isEqualTo(le(weigh.params().value(1)).getLong());
  }

  @Test
  void aBufferNamedLikeAModuleGlobalIsThatGlobal() throws Exception {
    runSteps();
    ByteBuffer w = driver.at(driver.globals.get("weights").address());
    assertThat(new float[] {w.getFloat(), w.getFloat(), w.getFloat(), w.getFloat()}).containsExactly(1, 2, 3, 4);
    assertThat(ex.read("weights").getDouble(3)).isEqualTo(4.0);
  }

  @Test
  void aBufferWhoseSizeDiffersFromItsGlobalIsRefusedWithBothSizes() {
    driver.globals.clear();
    driver.declareGlobal("weights", 32);
    assertThatThrownBy(() -> ex.upload(copies())).hasMessageContaining("buffer 'weights' holds 16 bytes")
        .hasMessageContaining("is 32 bytes");
  }

  @Test
  void aWritePastTheEndOfABufferIsCaughtByItsGuardZoneAndNamesTheLaunch() throws Exception {
    driver.kernel = l -> {
      if (l.symbol().startsWith("_Z5add_k")) {
        long y = le(l.params().value(0)).getLong();
        driver.at(y + 100 * 4).putFloat(1.0f); // y[n]: one past the end
      }
    };
    assertThatThrownBy(this::runSteps).isInstanceOf(OutOfBoundsException.class)
        .hasMessage("out-of-bounds write: launch 2 (" + nameOf("add_k<float, 3>")
            + ") wrote past the end of buffer 'y' (first changed byte at end + 0)");
  }

  @Test
  void aWriteBeforeTheStartIsCaughtOnceAtFinishWhenLaunchesAreNotCheckedOneByOne() throws Exception {
    ex.guardEachLaunch(false);
    driver.kernel = l -> {
      if (l.symbol().startsWith("_Z5weigh")) {
        long y = le(l.params().value(1)).getLong();
        driver.at(y - 4).putFloat(1.0f);
      }
    };
    runSteps();
    assertThatThrownBy(ex::finish).isInstanceOf(OutOfBoundsException.class)
        .hasMessageContaining("one of launches 1 to 2 wrote 4 bytes before the start of buffer 'y'");
  }

  @Test
  void eachLaunchAndItsEventsAreQueuedWhileTheStreamIsHeldSoTheTimeIsTheKernelsAlone() throws Exception {
    runSteps();
    assertThat(String.join(" ", driver.stream)).isEqualTo(
        "hold record launch record release hold record launch record release");
  }

  @Test
  void aLaunchTheDriverRefusesStillReleasesTheStream() throws Exception {
    driver.kernel = l -> {
      throw new IllegalStateException("launch refused");
    };
    assertThatThrownBy(this::runSteps).hasMessageContaining("launch refused");
    assertThat(driver.stream).endsWith("launch", "release");
  }

  @Test
  void finishSumsTheEventTimeOfEveryLaunchAndReadReturnsWhatTheKernelsWrote() throws Exception {
    driver.kernel = l -> {
      if (l.symbol().startsWith("_Z5add_k")) {
        long y = le(l.params().value(0)).getLong();
        driver.at(y + 8).putFloat(42.5f);
      }
    };
    runSteps();
    assertThat(ex.finish()).isEqualTo(2 * 1500);
    assertThat(driver.events).isEqualTo(4);
    assertThat(ex.read("y").getDouble(2)).isEqualTo(42.5);
  }

  @Test
  void hostStepsFillWriteCopyAndSwapActOnTheDeviceBuffers() throws Exception {
    ex.upload(copies());
    ex.fill("y", 3);
    ex.write("y", 5, -1);
    assertThat(ex.read("y").getDouble(4)).isEqualTo(3.0);
    assertThat(ex.read("y").getDouble(5)).isEqualTo(-1.0);
    ex.copy("x", "y");
    assertThat(ex.read("y").sameContents(inputs.get("x"))).isTrue();
    ex.fill("y", 9);
    ex.swap("x", "y");
    assertThat(ex.read("x").getDouble(0)).isEqualTo(9.0);
    assertThatThrownBy(() -> ex.write("y", 100, 0)).hasMessageContaining("index outside 0..99");
  }

  @Test
  void closingFreesEveryAllocationButNoModuleGlobal() throws Exception {
    ex.upload(copies());
    ex.close();
    assertThat(driver.freed).isEqualTo(2);
    assertThat(driver.closed).isTrue();
    assertThat(driver.memory).hasSize(1); // the global stays: the module owns it
  }

  private String nameOf(String entry) {
    return iface.forEntry(entry).orElseThrow().name();
  }
}
