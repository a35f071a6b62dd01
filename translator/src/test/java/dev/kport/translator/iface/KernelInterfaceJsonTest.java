package dev.kport.translator.iface;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class KernelInterfaceJsonTest {

  private static final KernelInterface SAMPLE = new KernelInterface("saxpy.cu", List.of(
      new KernelInterface.Kernel("saxpy", "saxpy", List.of(
          new KernelArg.Param(0, "n", "int", "int", false, KernelArg.Space.PRIVATE),
          new KernelArg.Param(1, "x", "const float *", "float", true, KernelArg.Space.GLOBAL),
          new KernelArg.DynamicShared(),
          new KernelArg.Symbol("coefficients", 64, KernelArg.Space.CONSTANT)))));

  @Test
  void roundTripGivesTheSameInterface() {
    assertThat(KernelInterfaceJson.fromJson(KernelInterfaceJson.toJson(SAMPLE))).isEqualTo(SAMPLE);
  }

  @Test
  void writesTheDocumentedShape() throws Exception {
    JsonNode root = new ObjectMapper().readTree(KernelInterfaceJson.toJson(SAMPLE));
    assertThat(root.get("source").asText()).isEqualTo("saxpy.cu");
    JsonNode args = root.get("kernels").get(0).get("args");
    assertThat(args.get(0).toString()).isEqualTo("{\"kind\":\"param\",\"index\":0,\"name\":\"n\",\"type\":\"int\","
        + "\"elementType\":\"int\",\"pointer\":false,\"space\":\"private\"}");
    assertThat(args.get(1).get("space").asText()).isEqualTo("global");
    assertThat(args.get(2).toString()).isEqualTo("{\"kind\":\"dynamicShared\"}");
    assertThat(args.get(3).toString()).isEqualTo("{\"kind\":\"symbol\",\"name\":\"coefficients\",\"bytes\":64,"
        + "\"space\":\"constant\"}");
  }

  @Test
  void malformedDocumentsSayWhatIsWrong() {
    assertThatThrownBy(() -> KernelInterfaceJson.fromJson("{\"source\": \"a.cu\"}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing 'kernels'");
    assertThatThrownBy(() -> KernelInterfaceJson.fromJson("{\"source\": \"a.cu\", \"kernels\": [{\"name\": \"k\","
        + " \"entry\": \"k\", \"args\": [{\"kind\": \"texture\"}]}]}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown kind 'texture'");
    assertThatThrownBy(() -> KernelInterfaceJson.fromJson("not json"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not JSON");
  }

  @Test
  void forEntryIgnoresBlanksInTemplateArguments() {
    KernelInterface iface = new KernelInterface("r.cu", List.of(new KernelInterface.Kernel("reduce_float_256",
        "reduce<float, 256>", List.of())));
    assertThat(iface.forEntry("reduce<float,256>")).isPresent();
    assertThat(iface.forEntry("reduce<int,256>")).isEmpty();
  }
}
