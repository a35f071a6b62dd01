package dev.kport.harness.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kport.translator.diag.Diagnostic;
import java.util.List;
import java.util.Locale;

/**
 * The translator's diagnostics as JSON, for tools that do not read SARIF:
 * <pre>
 * { "schemaVersion": 1, "tool": "kport", "toolVersion": "...", "target": "hip",
 *   "summary": { "files": 3, "error": 0, "warning": 2, "note": 1 },
 *   "diagnostics": [ { "file": "src/a.cu", "line": 12, "column": 5, "severity": "warning",
 *                      "code": "KP3001", "message": "...", "hint": "..." } ] }
 * </pre>
 * {@code file} is the path as given on the command line; lines and columns are 1-based.
 */
public final class DiagnosticsJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  public static final int SCHEMA_VERSION = 1;

  private DiagnosticsJson() {}

  public static String render(String toolVersion, String target, int files, List<Diagnostic> diagnostics) {
    ObjectNode root = JSON.createObjectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.put("tool", "kport");
    root.put("toolVersion", toolVersion);
    root.put("target", target);
    ObjectNode summary = root.putObject("summary");
    summary.put("files", files);
    for (Diagnostic.Severity s : Diagnostic.Severity.values()) {
      summary.put(severity(s), diagnostics.stream().filter(d -> d.severity() == s).count());
    }
    ArrayNode list = root.putArray("diagnostics");
    for (Diagnostic d : diagnostics) {
      ObjectNode n = list.addObject();
      n.put("file", d.file());
      n.put("line", d.line());
      n.put("column", d.column());
      n.put("severity", severity(d.severity()));
      n.put("code", d.code());
      n.put("message", d.message());
      n.put("hint", d.hint());
    }
    return root.toPrettyString() + "\n";
  }

  static String severity(Diagnostic.Severity s) {
    return s.name().toLowerCase(Locale.ROOT);
  }
}
