package dev.kport.harness.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kport.harness.run.CellResult;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

class JUnitXmlTest {

  private static void validate(String xml) throws Exception {
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    Validator validator = factory.newSchema(JUnitXmlTest.class.getResource("/report/junit.xsd")).newValidator();
    validator.validate(new StreamSource(new StringReader(xml)));
  }

  private static Document parse(String xml) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  private static Element testcase(Document doc, String name) {
    NodeList cases = doc.getElementsByTagName("testcase");
    for (int i = 0; i < cases.getLength(); i++) {
      Element e = (Element) cases.item(i);
      if (e.getAttribute("name").equals(name)) {
        return e;
      }
    }
    throw new AssertionError("no testcase named " + name);
  }

  private static Element only(Element parent, String tag) {
    NodeList list = parent.getElementsByTagName(tag);
    assertThat(list.getLength()).as(tag + " in " + parent.getAttribute("name")).isEqualTo(1);
    return (Element) list.item(0);
  }

  @Test
  void theFileValidatesAgainstTheJUnitSchema(@TempDir Path dir) throws Exception {
    Path file = dir.resolve(JUnitXml.FILE_NAME);
    JUnitXml.write(ReportFixtures.report(), file);

    validate(Files.readString(file));
  }

  @Test
  void theSchemaRefusesAFailureWithoutAType() {
    // the check above proves something only if the schema can say no
    String xml = JUnitXml.render(ReportFixtures.report()).replace(" type=\"mismatch\"", "");

    assertThatThrownBy(() -> validate(xml)).isInstanceOf(SAXException.class).hasMessageContaining("type");
  }

  @Test
  void countsOnTheRootAndEachKernelSuite() throws Exception {
    Document doc = parse(JUnitXml.render(ReportFixtures.report()));
    Element root = doc.getDocumentElement();

    assertThat(root.getAttribute("tests")).isEqualTo("6");
    assertThat(root.getAttribute("failures")).isEqualTo("2");
    assertThat(root.getAttribute("errors")).isEqualTo("1");
    assertThat(root.getAttribute("skipped")).isEqualTo("1");
    NodeList suites = doc.getElementsByTagName("testsuite");
    List<String> names = new ArrayList<>();
    for (int i = 0; i < suites.getLength(); i++) {
      names.add(((Element) suites.item(i)).getAttribute("name"));
    }
    assertThat(names).containsExactly("kport.saxpy", "kport.reduce|sum", "kport.warp_reduce", "kport.oob_write",
        "kport.tex_sample");
    Element saxpy = (Element) suites.item(0);
    assertThat(saxpy.getAttribute("tests")).isEqualTo("2");
    assertThat(saxpy.getAttribute("skipped")).isEqualTo("1");
    assertThat(saxpy.getAttribute("failures")).isEqualTo("0");
    assertThat(saxpy.getAttribute("timestamp")).isEqualTo("2026-11-29T11:22:39");
    assertThat(saxpy.getAttribute("hostname")).isEqualTo("runner-7");
  }

  @Test
  void eachVerdictShowsAsCiExpects() throws Exception {
    Document doc = parse(JUnitXml.render(ReportFixtures.report()));

    Element pass = testcase(doc, "saxpy[small] on opencl");
    assertThat(pass.getAttribute("classname")).isEqualTo("kport.saxpy");
    assertThat(pass.getAttribute("time")).isEqualTo("0.0000054");
    assertThat(pass.getChildNodes().getLength()).isZero();

    Element skipped = only(testcase(doc, "saxpy[small] on cuda"), "skipped");
    assertThat(skipped.getAttribute("message")).isEqualTo(ReportFixtures.CUDA_SKIP);

    Element mismatch = only(testcase(doc, "reduce|sum[small] on opencl"), "failure");
    assertThat(mismatch.getAttribute("type")).isEqualTo("mismatch");
    assertThat(mismatch.getAttribute("message")).contains("2 of 8 elements differ");
    assertThat(mismatch.getTextContent()).contains("[3] expected 3.0 got 3.5, [7] expected 7.0 got NaN")
        .contains("sum: all 1 elements match");

    Element failed = only(testcase(doc, "warp_reduce[small] on opencl"), "failure");
    assertThat(failed.getAttribute("type")).isEqualTo("failed");
    assertThat(failed.getTextContent()).contains("build: failed")
        .contains("use of undeclared identifier '__shfl_down_sync'").contains("line 22 (past the excerpt)");

    Element crashed = only(testcase(doc, "oob_write[small] on opencl"), "error");
    assertThat(crashed.getAttribute("type")).isEqualTo("crashed");
    assertThat(crashed.getTextContent()).contains("SIGSEGV");

    Element known = testcase(doc, "tex_sample[large] on opencl");
    assertThat(known.getElementsByTagName("failure").getLength()).isZero();
    assertThat(only(known, "system-out").getTextContent()).startsWith("known failure").contains("texture objects");
  }

  @Test
  void colourEscapesAndControlCharactersDoNotBreakTheFile() throws Exception {
    CellResult cell = ReportFixtures.failed();
    CellResult named = new CellResult("bad\u0000name", cell.size(), cell.backend(), cell.device(), cell.stages(),
        cell.comparisons(), cell.timing(), cell.verdict(), cell.reason() + "\u0007");
    String xml = JUnitXml.render(ReportFixtures.report().withCells(List.of(cell, named)));

    validate(xml);
    assertThat(xml).doesNotContain("\u001b").doesNotContain("\u0000").doesNotContain("\u0007");
    Document doc = parse(xml);
    assertThat(only(testcase(doc, "warp_reduce[small] on opencl"), "failure").getTextContent())
        .contains("\n1 error generated.\n");
    testcase(doc, "bad\uFFFDname[small] on opencl");
  }

  @Test
  void twoDevicesOfOneBackendGetCasesOfTheirOwn() throws Exception {
    CellResult cpu = ReportFixtures.pass();
    CellResult gpu = new CellResult(cpu.kernel(), cpu.size(), cpu.backend(), "gfx1100", cpu.stages(),
        cpu.comparisons(), cpu.timing(), cpu.verdict(), cpu.reason());
    Document doc = parse(JUnitXml.render(ReportFixtures.report().withCells(List.of(cpu, gpu))));

    testcase(doc, "saxpy[small] on opencl (" + ReportFixtures.DEVICE + ")");
    testcase(doc, "saxpy[small] on opencl (gfx1100)");
  }
}
