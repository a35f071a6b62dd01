package dev.kport.translator.opencl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kport.translator.Target;
import dev.kport.translator.TranslateOptions;
import dev.kport.translator.iface.KernelArg;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A size given only as -D sizes the globals in the interface; the .cl keeps the name for the compiler. */
class DefineOnlyMacroTest {

  @Test
  void theDefineSizesTheSymbolAndStaysANameInTheOutput() throws Exception {
    Path file = Path.of("src/test/resources/opencl/macros_headers_host.cu");
    TranslateOptions options = new TranslateOptions(Target.OPENCL, List.of(), Map.of("TILE", "16"), List.of());
    var t = OpenClTranslator.translate(file, java.nio.file.Files.readString(file), options);
    KernelArg last = t.kernelInterface().orElseThrow().kernels().get(0).args().get(4);
    assertEquals(new KernelArg.Symbol("c_bias", 64, KernelArg.Space.CONSTANT), last);
    assertEquals(true, t.output().contains("k + j < width"));
  }
}
