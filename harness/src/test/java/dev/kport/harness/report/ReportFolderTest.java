package dev.kport.harness.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kport.harness.OpenCl;
import dev.kport.harness.run.CellResult;
import dev.kport.harness.run.InProcessOpenClCells;
import dev.kport.harness.run.ProgressListener;
import dev.kport.harness.run.RunOptions;
import dev.kport.harness.run.SuiteRunner;
import dev.kport.harness.run.Verdict;
import dev.kport.harness.spec.SpecLoader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The reports of a real run: saxpy on PoCL beside CUDA, which cannot run here and must say why. */
class ReportFolderTest {

  private static final Path SAXPY = Path.of("../kernels/src/main/resources/kernels/saxpy/kernel.yaml");

  @Test
  void aRealRunWritesThreeReportsThatFollowTheirSchemas(@TempDir Path dir) throws Exception {
    OpenCl.assumeAvailable();
    SuiteRunner runner = new SuiteRunner(new RunOptions(List.of("opencl", "cuda"), List.of("small"), 0),
        ProgressListener.NONE, new InProcessOpenClCells());
    List<CellResult> cells = runner.run(List.of(SpecLoader.load(SAXPY)));
    RunReport report = RunReport.of("test", Instant.now(), List.of("run", SAXPY.toString()),
        new ArrayList<>(runner.probes().values()), cells);

    List<Path> files = ReportFolder.write(report, dir.resolve("report"));

    assertThat(files).extracting(p -> p.getFileName().toString())
        .containsExactly("results.json", "junit.xml", "summary.md");
    String json = Files.readString(files.get(0));
    assertThat(ResultsJson.validate(new ObjectMapper().readTree(json))).isEmpty();
    assertThat(ResultsJson.read(files.get(0))).usingRecursiveComparison()
        .withEqualsForType(Double::equals, Double.class).isEqualTo(report);
    SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
        .newSchema(getClass().getResource("/report/junit.xsd")).newValidator()
        .validate(new StreamSource(new StringReader(Files.readString(files.get(1)))));
    assertThat(cells).extracting(CellResult::verdict).contains(Verdict.PASS);
    NodeList skipped = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(files.get(1).toFile())
        .getElementsByTagName("skipped");
    List<String> reasons = new ArrayList<>();
    for (int i = 0; i < skipped.getLength(); i++) {
      reasons.add(((Element) skipped.item(i)).getAttribute("message"));
    }
    assertThat(reasons).containsExactlyElementsOf(
        cells.stream().filter(c -> c.verdict() == Verdict.SKIPPED).map(c -> CellText.oneLine(c.reason())).toList());
    assertThat(Files.readString(files.get(2))).contains("| saxpy | ✅");
  }
}
