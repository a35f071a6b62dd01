package dev.kport.harness.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kport.harness.run.Stage;
import dev.kport.harness.run.Verdict;
import dev.kport.harness.spec.ElementType;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultsSchemaTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static ObjectNode written() throws Exception {
    return (ObjectNode) JSON.readTree(ResultsJson.toJson(ReportFixtures.report()));
  }

  @Test
  void whatKportWritesFollowsTheSchema() throws Exception {
    assertThat(ResultsJson.validate(written())).isEmpty();
  }

  @Test
  void aMissingKeyFailsAndIsNamed() throws Exception {
    ObjectNode doc = written();
    ((ObjectNode) doc.path("cells").path(2)).remove("verdict");

    assertThat(ResultsJson.validate(doc)).singleElement().asString().contains("/cells/2").contains("verdict");
  }

  @Test
  void aWrongTypeFailsAndIsNamed() throws Exception {
    ObjectNode doc = written();
    ((ObjectNode) doc.path("cells").path(0).path("timing")).put("medianNs", "5.4 µs");

    assertThat(ResultsJson.validate(doc)).singleElement().asString()
        .contains("/cells/0/timing/medianNs").contains("integer");
  }

  @Test
  void anUnknownVerdictOrStageStatusFails() throws Exception {
    ObjectNode doc = written();
    ((ObjectNode) doc.path("cells").path(0)).put("verdict", "passed");
    ((ObjectNode) doc.path("cells").path(1).path("stages").path("build")).put("status", "error");

    List<String> errors = ResultsJson.validate(doc);
    assertThat(errors).anySatisfy(e -> assertThat(e).contains("/cells/0/verdict"));
    assertThat(errors).anySatisfy(e -> assertThat(e).contains("/cells/1/stages/build/status"));
  }

  @Test
  void readingAnInvalidFileFailsWithTheKeyAtFault() throws Exception {
    ObjectNode doc = written();
    doc.remove("cells");

    assertThatThrownBy(() -> ResultsJson.fromJson(JSON.writeValueAsString(doc), "ci/results.json"))
        .isInstanceOf(ResultsFormatException.class)
        .hasMessageContaining("ci/results.json: not a kport results file")
        .hasMessageContaining("cells");
  }

  @Test
  void theSchemaNamesEveryVerdictStageAndElementTypeTheHarnessHas() throws Exception {
    // a new verdict or element type must reach the schema, or files with it would not read back
    JsonNode schema;
    try (InputStream in = ResultsJson.class.getResourceAsStream(ResultsJson.SCHEMA_RESOURCE)) {
      schema = JSON.readTree(in);
    }
    JsonNode defs = schema.path("$defs");
    assertThat(strings(defs.path("cell").path("properties").path("verdict").path("enum")))
        .containsExactlyElementsOf(Arrays.stream(Verdict.values()).map(ResultsDocument::verdictKey).toList());
    assertThat(strings(defs.path("cell").path("properties").path("stages").path("propertyNames").path("enum")))
        .containsExactlyElementsOf(Arrays.stream(Stage.values()).map(ResultsDocument::stageKey).toList());
    assertThat(strings(defs.path("output").path("properties").path("type").path("enum")))
        .containsExactlyElementsOf(Arrays.stream(ElementType.values()).map(t -> t.spelling).toList());
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
