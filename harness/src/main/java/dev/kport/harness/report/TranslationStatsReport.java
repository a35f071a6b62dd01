package dev.kport.harness.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.kport.translator.TranslationStats;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What {@code kport translate --stats} shows: per file and in total, the CUDA references converted
 * and kept per API family, and where each kept one is. Three renderings of the same numbers:
 * <ul>
 *   <li>{@code table}: aligned columns for a terminal, the kept references listed under it;
 *   <li>{@code csv}: one tidy table, {@code file,family,status,name,line,column,count}: a row per
 *       file and family with the converted count, a row per kept reference, and rows with file
 *       {@code (total)} for the whole run;
 *   <li>{@code json}: {@code {"files": [{"file", "converted": {family: n}, "notConverted":
 *       [{"family","name","line","column"}]}], "total": {"files", "converted": {...},
 *       "notConverted": {family: n}}}}.
 * </ul>
 */
public final class TranslationStatsReport {

  public static final String TOTAL = "(total)";

  private final Map<String, TranslationStats> perFile;
  private final TranslationStats total;

  /** @param perFile each source as the user named it, in the order translated */
  public TranslationStatsReport(Map<String, TranslationStats> perFile) {
    this.perFile = perFile;
    this.total = perFile.values().stream().reduce(TranslationStats.EMPTY, TranslationStats::plus);
  }

  public String render(String format) {
    return switch (format) {
      case "csv" -> csv();
      case "json" -> json();
      default -> table();
    };
  }

  public String table() {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"file", "family", "converted", "not converted"});
    perFile.forEach((file, s) -> addRows(rows, file, s));
    addRows(rows, TOTAL, total);
    int[] width = new int[4];
    rows.forEach(r -> {
      for (int k = 0; k < 4; k++) {
        width[k] = Math.max(width[k], r[k].length());
      }
    });
    StringBuilder sb = new StringBuilder();
    for (String[] r : rows) {
      sb.append(pad(r[0], width[0])).append("  ").append(pad(r[1], width[1])).append("  ")
          .append(padLeft(r[2], width[2])).append("  ").append(padLeft(r[3], width[3]).stripTrailing()).append('\n');
    }
    if (!total.unconverted().isEmpty()) {
      sb.append("\nnot converted (HIP has no counterpart; \"unknown\": a CUDA-looking name in no rename table):\n");
      for (TranslationStats.Unconverted u : total.unconverted()) {
        sb.append("  ").append(u.file()).append(':').append(u.line()).append(':').append(u.column()).append(": ")
            .append(u.name()).append(" (").append(u.family()).append(")\n");
      }
    }
    return sb.toString();
  }

  private static void addRows(List<String[]> rows, String file, TranslationStats s) {
    Map<String, Integer> kept = s.unconvertedByFamily();
    List<String> families = s.families();
    if (families.isEmpty()) {
      rows.add(new String[] {file, "-", "0", "0"});
    }
    for (String f : families) {
      rows.add(new String[] {file, f, Integer.toString(s.converted().getOrDefault(f, 0)),
          Integer.toString(kept.getOrDefault(f, 0))});
    }
  }

  public String csv() {
    StringBuilder sb = new StringBuilder("file,family,status,name,line,column,count\n");
    perFile.forEach((file, s) -> {
      s.converted().entrySet().stream().sorted(Map.Entry.comparingByKey())
          .forEach(e -> sb.append(csvRow(file, e.getKey(), "converted", "", "", "", e.getValue())));
      for (TranslationStats.Unconverted u : s.unconverted()) {
        sb.append(csvRow(file, u.family(), "not_converted", u.name(), Integer.toString(u.line()),
            Integer.toString(u.column()), 1));
      }
    });
    total.converted().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> sb.append(csvRow(TOTAL, e.getKey(), "converted", "", "", "", e.getValue())));
    total.unconvertedByFamily()
        .forEach((family, n) -> sb.append(csvRow(TOTAL, family, "not_converted", "", "", "", n)));
    return sb.toString();
  }

  private static String csvRow(String file, String family, String status, String name, String line, String column,
      int count) {
    return String.join(",", csvField(file), csvField(family), status, csvField(name), line, column,
        Integer.toString(count)) + "\n";
  }

  /** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
  private static String csvField(String s) {
    return s.matches(".*[,\"\\r\\n].*") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }

  public String json() {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    ArrayNode files = root.putArray("files");
    perFile.forEach((file, s) -> {
      ObjectNode f = files.addObject();
      f.put("file", file);
      ObjectNode converted = f.putObject("converted");
      s.converted().entrySet().stream().sorted(Map.Entry.comparingByKey())
          .forEach(e -> converted.put(e.getKey(), e.getValue()));
      ArrayNode kept = f.putArray("notConverted");
      for (TranslationStats.Unconverted u : s.unconverted()) {
        kept.addObject().put("family", u.family()).put("name", u.name()).put("line", u.line()).put("column", u.column());
      }
    });
    ObjectNode t = root.putObject("total");
    t.put("files", perFile.size());
    ObjectNode converted = t.putObject("converted");
    total.converted().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> converted.put(e.getKey(), e.getValue()));
    ObjectNode kept = t.putObject("notConverted");
    total.unconvertedByFamily().forEach(kept::put);
    return root.toPrettyString() + "\n";
  }

  private static String pad(String s, int w) {
    return s + " ".repeat(Math.max(0, w - s.length()));
  }

  private static String padLeft(String s, int w) {
    return " ".repeat(Math.max(0, w - s.length())) + s;
  }
}
