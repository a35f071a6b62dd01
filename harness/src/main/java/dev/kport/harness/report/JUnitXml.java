package dev.kport.harness.report;

import dev.kport.harness.run.CellResult;
import dev.kport.harness.run.Verdict;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A run as JUnit XML, the Ant/Jenkins format every CI reads: one {@code <testsuite>} per kernel
 * (classname {@code kport.KERNEL}, so Jenkins, GitLab and GitHub test reporters group a kernel's
 * cells together) and one {@code <testcase>} per kernel × backend × size.
 *
 * <p>A mismatch or failed stage is a {@code <failure>}, a crash an {@code <error>}, a skipped
 * cell {@code <skipped>} with its reason; a known failure passes, with a {@code <system-out>}
 * saying so. A case's time is the median device time of one run of the spec's steps, so trend
 * charts follow the kernel's speed, not the length of the timing budget.
 */
public final class JUnitXml {

  /** The file name a run writes into its report folder. */
  public static final String FILE_NAME = "junit.xml";

  private static final DateTimeFormatter ANT_TIMESTAMP = DateTimeFormatter.ISO_LOCAL_DATE_TIME.withZone(ZoneOffset.UTC);

  private JUnitXml() {}

  public static void write(RunReport report, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, render(report), StandardCharsets.UTF_8);
  }

  public static String render(RunReport report) {
    StringWriter text = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
      new Writer(xml, report).document();
      xml.close();
    } catch (XMLStreamException e) {
      // writing to a StringWriter fails only on a bug of ours
      throw new IllegalStateException("cannot write JUnit XML: " + e.getMessage(), e);
    }
    return text + "\n";
  }

  /** tests, failures, errors, skipped and time over some cells: what every suite element carries. */
  record Counts(int tests, int failures, int errors, int skipped, long nanos) {
    static Counts of(List<CellResult> cells) {
      int failures = 0;
      int errors = 0;
      int skipped = 0;
      long nanos = 0;
      for (CellResult c : cells) {
        failures += c.verdict() == Verdict.MISMATCH || c.verdict() == Verdict.MISTRUSTED
            || c.verdict() == Verdict.FAILED ? 1 : 0;
        errors += c.verdict() == Verdict.CRASHED ? 1 : 0;
        skipped += c.verdict() == Verdict.SKIPPED ? 1 : 0;
        nanos += caseNanos(c);
      }
      return new Counts(cells.size(), failures, errors, skipped, nanos);
    }
  }

  static long caseNanos(CellResult c) {
    return c.timing().map(t -> t.medianNs()).orElse(0L);
  }

  /** Seconds, exactly: a 5.4 µs kernel is 0.0000054, not a rounded 0.000. */
  static String seconds(long nanos) {
    return BigDecimal.valueOf(nanos, 9).stripTrailingZeros().toPlainString();
  }

  /** Streams the document; indentation is written by hand because the StAX writer has none. */
  private static final class Writer {
    private final XMLStreamWriter xml;
    private final RunReport report;
    private int depth;

    Writer(XMLStreamWriter xml, RunReport report) {
      this.xml = xml;
      this.report = report;
    }

    void document() throws XMLStreamException {
      xml.writeStartDocument("UTF-8", "1.0");
      newline();
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", "kport");
      counts(Counts.of(report.cells()));
      depth++;
      for (Map.Entry<String, List<CellResult>> suite : byKernel().entrySet()) {
        suite(suite.getKey(), suite.getValue());
      }
      depth--;
      newline();
      xml.writeEndElement();
      xml.writeEndDocument();
    }

    private Map<String, List<CellResult>> byKernel() {
      Map<String, List<CellResult>> suites = new LinkedHashMap<>();
      for (CellResult c : report.cells()) {
        suites.computeIfAbsent(c.kernel(), k -> new ArrayList<>()).add(c);
      }
      return suites;
    }

    private void suite(String kernel, List<CellResult> cells) throws XMLStreamException {
      newline();
      xml.writeStartElement("testsuite");
      attribute("name", "kport." + kernel);
      counts(Counts.of(cells));
      xml.writeAttribute("timestamp", ANT_TIMESTAMP.format(report.startedAt().truncatedTo(ChronoUnit.SECONDS)));
      attribute("hostname", report.host());
      depth++;
      properties();
      for (CellResult c : cells) {
        testcase(c);
      }
      depth--;
      newline();
      xml.writeEndElement();
    }

    private void properties() throws XMLStreamException {
      newline();
      xml.writeStartElement("properties");
      depth++;
      property("kport.version", report.kportVersion());
      property("kport.args", String.join(" ", report.args()));
      depth--;
      newline();
      xml.writeEndElement();
    }

    private void property(String name, String value) throws XMLStreamException {
      newline();
      xml.writeEmptyElement("property");
      attribute("name", name);
      attribute("value", value);
    }

    private void testcase(CellResult c) throws XMLStreamException {
      newline();
      boolean pass = c.verdict() == Verdict.PASS;
      if (pass) {
        xml.writeEmptyElement("testcase");
      } else {
        xml.writeStartElement("testcase");
      }
      attribute("name", CellText.caseName(c, report.cells()));
      attribute("classname", "kport." + c.kernel());
      xml.writeAttribute("time", seconds(caseNanos(c)));
      if (pass) {
        return;
      }
      depth++;
      outcome(c);
      depth--;
      newline();
      xml.writeEndElement();
    }

    private void outcome(CellResult c) throws XMLStreamException {
      Verdict v = c.verdict();
      if (v == Verdict.SKIPPED) {
        newline();
        xml.writeEmptyElement("skipped");
        attribute("message", CellText.oneLine(c.reason()));
      } else if (v == Verdict.EXPECTED_FAILURE) {
        element("system-out", null, null, "known failure (the spec expects it): " + c.reason() + "\n"
            + CellText.details(c));
      } else if (v == Verdict.CRASHED) {
        element("error", "crashed", c.reason(), CellText.details(c));
      } else {
        element("failure", v == Verdict.FAILED ? "failed" : v.name().toLowerCase(java.util.Locale.ROOT), c.reason(),
            CellText.details(c));
      }
    }

    private void element(String name, String type, String message, String text) throws XMLStreamException {
      newline();
      xml.writeStartElement(name);
      if (message != null) {
        attribute("message", CellText.oneLine(message));
        xml.writeAttribute("type", type);
      }
      xml.writeCharacters(xmlSafe(CellText.printable(text)));
      xml.writeEndElement();
    }

    private void counts(Counts n) throws XMLStreamException {
      xml.writeAttribute("tests", Integer.toString(n.tests()));
      xml.writeAttribute("failures", Integer.toString(n.failures()));
      xml.writeAttribute("errors", Integer.toString(n.errors()));
      xml.writeAttribute("skipped", Integer.toString(n.skipped()));
      xml.writeAttribute("time", seconds(n.nanos()));
    }

    private void attribute(String name, String value) throws XMLStreamException {
      xml.writeAttribute(name, xmlSafe(value));
    }

    private void newline() throws XMLStreamException {
      xml.writeCharacters("\n" + "  ".repeat(depth));
    }
  }

  /**
   * The text with every character XML 1.0 forbids (a stray NUL or escape in a name or message)
   * replaced by U+FFFD: one such character would otherwise make the whole file unreadable to CI.
   */
  static String xmlSafe(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> out.appendCodePoint(allowed(cp) ? cp : 0xFFFD));
    return out.toString();
  }

  private static boolean allowed(int cp) {
    return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
        || (cp >= 0x10000 && cp <= 0x10FFFF);
  }
}
