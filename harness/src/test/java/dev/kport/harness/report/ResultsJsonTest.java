package dev.kport.harness.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kport.harness.run.CellResult;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsJsonTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aWrittenReportReadsBackAsTheSameRecords(@TempDir Path dir) throws Exception {
    RunReport report = ReportFixtures.report();
    Path file = dir.resolve("out").resolve(ResultsJson.FILE_NAME);
    ResultsJson.write(report, file);

    RunReport back = ResultsJson.read(file);

    // recursive: Timing holds an array, which a record's equals compares by reference; doubles
    // as Double.equals compares them, so NaN equals NaN as in the records
    assertThat(back).usingRecursiveComparison().withEqualsForType(Double::equals, Double.class).isEqualTo(report);
    assertThat(ResultsJson.toJson(back)).isEqualTo(ResultsJson.toJson(report));
    assertThat(back.cells()).extracting(CellResult::verdict)
        .containsExactlyElementsOf(report.cells().stream().map(CellResult::verdict).toList());
  }

  @Test
  void nanAndInfinityInAComparisonSurviveTheRoundTrip() throws Exception {
    RunReport back = ResultsJson.fromJson(ResultsJson.toJson(ReportFixtures.report()), "test");
    var out = back.cells().get(1).comparisons().get("out");

    assertThat(out.worst()).hasValueSatisfying(w -> assertThat(w.actual()).isNaN());
    assertThat(out.firstMismatches()).extracting(e -> e.index()).containsExactly(3L, 7L);
    assertThat(out.summary()).isEqualTo(ReportFixtures.mismatch().comparisons().get("out").summary());
  }

  @Test
  void theFileSaysWhatACiScriptLooksFor() throws Exception {
    JsonNode doc = JSON.readTree(ResultsJson.toJson(ReportFixtures.report()));

    assertThat(doc.path("schemaVersion").asInt()).isEqualTo(1);
    assertThat(doc.path("tally").path("failed").asInt()).isEqualTo(3);
    assertThat(doc.path("tally").path("knownFailures").asInt()).isEqualTo(1);
    JsonNode mismatch = doc.path("cells").path(1);
    assertThat(mismatch.path("verdict").asText()).isEqualTo("mismatch");
    assertThat(mismatch.path("stages").path("build").path("status").asText()).isEqualTo("ok");
    assertThat(mismatch.path("outputs").path("out").path("mismatches").asLong()).isEqualTo(2);
    assertThat(mismatch.path("outputs").path("out").path("worst").path("actual").asText()).isEqualTo("NaN");
    JsonNode pass = doc.path("cells").path(0);
    assertThat(pass.path("timing").path("medianNs").asLong()).isEqualTo(5400);
    assertThat(pass.path("timing").path("samplesNs")).hasSize(3);
    JsonNode skipped = doc.path("cells").path(4);
    assertThat(skipped.path("timing").isNull()).isTrue();
    assertThat(skipped.path("stages").path("run").path("status").asText()).isEqualTo("skipped");
    assertThat(skipped.path("reason").asText()).contains("no NVIDIA driver");
    assertThat(doc.path("probes").path(1).path("available").asBoolean()).isFalse();
  }

  @Test
  void aFileFromANewerKportIsRefusedWithTheVersionsNamed() {
    String json = ResultsJson.toJson(ReportFixtures.report()).replace("\"schemaVersion\" : 1", "\"schemaVersion\" : 2");

    assertThatThrownBy(() -> ResultsJson.fromJson(json, "old/results.json"))
        .isInstanceOf(ResultsFormatException.class)
        .hasMessageContaining("old/results.json")
        .hasMessageContaining("schema version 2")
        .hasMessageContaining("upgrade kport");
  }

  @Test
  void aFileThatIsNotJsonNamesTheLine() {
    assertThatThrownBy(() -> ResultsJson.fromJson("{\n  \"schemaVersion\": 1,\n  oops\n}", "r.json"))
        .isInstanceOf(ResultsFormatException.class)
        .hasMessageStartingWith("r.json: not JSON at line 3");
  }

  @Test
  void aVersionOneFileWrittenByHandStaysReadable() throws Exception {
    // guards compatibility: a change that stops this file from reading needs a new schema version
    Path file = Path.of(getClass().getResource("/report/results-v1.json").toURI());
    RunReport r = ResultsJson.read(file);

    assertThat(r.cells()).hasSize(2);
    assertThat(r.cells().get(1).comparisons().get("c").firstMismatches()).hasSize(1);
    assertThat(r.probes().get(0).devices().get(0).name()).isEqualTo("pthread-haswell");
    assertThat(Files.readString(file)).contains("\"unknownFutureKey\"");
  }
}
