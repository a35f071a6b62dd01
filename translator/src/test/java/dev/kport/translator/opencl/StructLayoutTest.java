package dev.kport.translator.opencl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kport.translator.Target;
import dev.kport.translator.TranslateOptions;
import dev.kport.translator.iface.KernelArg;
import dev.kport.translator.iface.KernelInterfaceJson;
import dev.kport.translator.iface.StructLayout;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A struct passed by value is described field by field, padding included, so the harness can pack it. */
class StructLayoutTest {

  private static KernelArg.Param param(String source, int index) {
    TranslateOptions options = new TranslateOptions(Target.OPENCL, List.of(), Map.of(), List.of());
    var iface = OpenClTranslator.translate(Path.of("k.cu"), source, options).kernelInterface().orElseThrow();
    assertEquals(iface, KernelInterfaceJson.fromJson(KernelInterfaceJson.toJson(iface)), "JSON round trip");
    return (KernelArg.Param) iface.kernels().get(0).args().get(index);
  }

  @Test
  void fieldsTakeTheirAlignmentAndTheSizeRoundsUp() {
    String source = "typedef unsigned int uint_t;\n"
        + "struct Inner { char tag; double weight; };\n"
        + "typedef struct { float dt; Inner inner; uint_t steps; float2 wind; char flag; } Params;\n"
        + "__global__ void k(float *out, Params p) { out[0] = p.dt; }\n";
    StructLayout layout = param(source, 1).layout().orElseThrow();
    assertEquals(List.of(new StructLayout.Field("dt", "float", 0), new StructLayout.Field("inner.tag", "char", 8),
        new StructLayout.Field("inner.weight", "double", 16), new StructLayout.Field("steps", "unsigned int", 24),
        new StructLayout.Field("wind", "float2", 32), new StructLayout.Field("flag", "char", 40)), layout.fields());
    assertEquals(48, layout.bytes());
  }

  @Test
  void threeComponentVectorsAndScalarsGiveNoLayout() {
    String source = "struct P { float3 pos; };\n__global__ void k(P p, int n) {}\n";
    assertTrue(param(source, 0).layout().isEmpty());
    assertTrue(param(source, 1).layout().isEmpty());
  }
}
