package dev.kport.translator.opencl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kport.translator.Target;
import dev.kport.translator.TranslateOptions;
import dev.kport.translator.iface.KernelArg;
import dev.kport.translator.iface.KernelInterface;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Globals and dynamic shared memory appear in the kernel interface in the order of the added arguments. */
class DeviceGlobalInterfaceTest {

  @Test
  void symbolsAreSizedWithDefinesAndPrecedeDynamicShared() {
    String source = "#ifndef R\n#define R 2\n#endif\n#define W (2 * R + 1)\n__constant__ float c_mask[W * W];\n"
        + "__device__ double d_sum;\n"
        + "__global__ void k(float *out) {\n extern __shared__ float s[];\n out[0] = c_mask[0] + d_sum + s[0];\n}\n";
    TranslateOptions options = new TranslateOptions(Target.OPENCL, List.of(), Map.of("R", "3"), List.of());
    KernelInterface iface = OpenClTranslator.translate(Path.of("k.cu"), source, options).kernelInterface().orElseThrow();
    List<KernelArg> args = iface.kernels().get(0).args();
    assertEquals(List.of(new KernelArg.Param(0, "out", "float *", "float", true, KernelArg.Space.GLOBAL),
        new KernelArg.Symbol("c_mask", 4L * 7 * 7, KernelArg.Space.CONSTANT),
        new KernelArg.Symbol("d_sum", 8, KernelArg.Space.GLOBAL), new KernelArg.DynamicShared()), args);
  }
}
