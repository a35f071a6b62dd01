package dev.kport.harness.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kport.translator.diag.Code;
import dev.kport.translator.diag.Diagnostic;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The translator's diagnostics as a SARIF 2.1.0 log, which code-scanning services (GitHub,
 * Azure DevOps, IDEs) show as annotations: one run, the KP codes as the driver's rules (each with
 * its hint as help), one result per diagnostic with its file, line and column.
 */
public final class DiagnosticsSarif {

  public static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  private DiagnosticsSarif() {}

  public static String render(String toolVersion, List<Diagnostic> diagnostics) {
    ObjectNode root = JSON.createObjectNode();
    root.put("$schema", SCHEMA);
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "kport");
    driver.put("version", toolVersion);
    Map<String, Integer> ruleIndex = rules(driver.putArray("rules"), diagnostics);
    ArrayNode results = run.putArray("results");
    for (Diagnostic d : diagnostics) {
      ObjectNode r = results.addObject();
      r.put("ruleId", d.code());
      r.put("ruleIndex", ruleIndex.get(d.code()));
      r.put("level", DiagnosticsJson.severity(d.severity()));
      r.putObject("message").put("text", d.hint().isEmpty() ? d.message() : d.message() + " (hint: " + d.hint() + ")");
      ObjectNode physical = r.putArray("locations").addObject().putObject("physicalLocation");
      physical.putObject("artifactLocation").put("uri", uri(d.file()));
      ObjectNode region = physical.putObject("region");
      region.put("startLine", Math.max(1, d.line()));
      region.put("startColumn", Math.max(1, d.column()));
    }
    return root.toPrettyString() + "\n";
  }

  /** Every code kport has, so a rule keeps its index from run to run, then any other code met. */
  private static Map<String, Integer> rules(ArrayNode rules, List<Diagnostic> diagnostics) {
    Map<String, Integer> index = new LinkedHashMap<>();
    for (Code c : Code.values()) {
      index.put(c.id(), index.size());
      rule(rules, c.id(), c.name(), c.hint(), c.severity());
    }
    for (Diagnostic d : diagnostics) {
      if (!index.containsKey(d.code())) {
        index.put(d.code(), index.size());
        rule(rules, d.code(), d.code(), d.hint(), d.severity());
      }
    }
    return index;
  }

  private static void rule(ArrayNode rules, String id, String constant, String hint, Diagnostic.Severity severity) {
    ObjectNode rule = rules.addObject();
    rule.put("id", id);
    rule.put("name", pascalCase(constant));
    rule.putObject("shortDescription").put("text", constant.replace('_', ' ').toLowerCase(java.util.Locale.ROOT));
    if (!hint.isEmpty()) {
      rule.putObject("help").put("text", hint);
    }
    rule.putObject("defaultConfiguration").put("level", DiagnosticsJson.severity(severity));
  }

  private static String pascalCase(String constant) {
    StringBuilder sb = new StringBuilder();
    for (String part : constant.toLowerCase(java.util.Locale.ROOT).split("_")) {
      if (!part.isEmpty()) {
        sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return sb.toString();
  }

  /** A relative path stays a relative URI reference (resolved against the checkout); an absolute one becomes file:. */
  static String uri(String file) {
    Path p = Path.of(file);
    if (p.isAbsolute()) {
      return p.toUri().toString();
    }
    try {
      return new URI(null, null, file.replace('\\', '/'), null).toASCIIString();
    } catch (URISyntaxException e) {
      return file.replace('\\', '/');
    }
  }
}
