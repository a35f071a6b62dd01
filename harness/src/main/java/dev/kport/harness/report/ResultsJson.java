package dev.kport.harness.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a {@link RunReport} as results.json and reads one back into the same records. The shape
 * is {@link ResultsDocument}'s and is described by {@link #SCHEMA_RESOURCE} (JSON Schema draft
 * 2020-12) and docs/results-schema.md. Reading checks the schema first, so a hand-edited or
 * foreign file gets an answer that names the key at fault instead of a half-read report.
 */
public final class ResultsJson {

  /** The file name a run writes into its report folder. */
  public static final String FILE_NAME = "results.json";

  /** The schema on the classpath, for tools that want to check a file themselves. */
  public static final String SCHEMA_RESOURCE = "/dev/kport/harness/report/results.schema.json";

  /** How many schema errors a message lists before "and N more". */
  private static final int ERRORS_SHOWN = 3;

  // NaN and infinities are legal comparison values but not JSON numbers: they go as the
  // strings "NaN", "Infinity", "-Infinity", which the schema allows and Jackson reads back.
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  private static final Schema SCHEMA = loadSchema();

  private ResultsJson() {}

  public static void write(RunReport report, Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(file, toJson(report), StandardCharsets.UTF_8);
  }

  public static String toJson(RunReport report) {
    try {
      return MAPPER.writeValueAsString(ResultsDocument.of(report)) + "\n";
    } catch (JsonProcessingException e) {
      // our own records always serialize; failing here is a kport bug
      throw new IllegalStateException("cannot write results: " + e.getOriginalMessage(), e);
    }
  }

  public static RunReport read(Path file) throws IOException, ResultsFormatException {
    return fromJson(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  /**
   * @param source names the text in messages, usually its file
   * @throws ResultsFormatException when the text is not JSON, comes from a newer schema, or does
   *     not follow this one
   */
  public static RunReport fromJson(String json, String source) throws ResultsFormatException {
    JsonNode tree = parse(json, source);
    JsonNode version = tree.path("schemaVersion");
    if (version.isInt() && version.intValue() > RunReport.SCHEMA_VERSION) {
      throw new ResultsFormatException(source + ": written by a newer kport (schema version " + version.intValue()
          + "); this kport reads version " + RunReport.SCHEMA_VERSION + " and older: upgrade kport to read it");
    }
    List<String> errors = validate(tree);
    if (!errors.isEmpty()) {
      throw new ResultsFormatException(source + ": not a kport results file: " + describe(errors));
    }
    try {
      return ResultsDocument.toReport(MAPPER.treeToValue(tree, ResultsDocument.Document.class));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      // the schema should have caught this; say where anyway rather than fail obscurely
      throw new ResultsFormatException(source + ": not a kport results file: " + e.getMessage());
    }
  }

  /** Every way the document breaks the schema, one line each as {@code /json/pointer: what}; empty when it follows it. */
  public static List<String> validate(JsonNode document) {
    return SCHEMA.validate(document).stream().map(ResultsJson::line).toList();
  }

  /** Parses text as JSON, for callers that validate before reading. */
  public static JsonNode parse(String json, String source) throws ResultsFormatException {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? ""
          : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      throw new ResultsFormatException(source + ": not JSON" + where + ": " + e.getOriginalMessage());
    }
  }

  private static String line(Error e) {
    String message = e.getMessage();
    String at = e.getInstanceLocation().toString();
    return message.startsWith(at) ? message : at + ": " + message;
  }

  private static String describe(List<String> errors) {
    String shown = String.join("; ", errors.subList(0, Math.min(ERRORS_SHOWN, errors.size())));
    return errors.size() > ERRORS_SHOWN ? shown + "; and " + (errors.size() - ERRORS_SHOWN) + " more" : shown;
  }

  private static Schema loadSchema() {
    try (InputStream in = ResultsJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + SCHEMA_RESOURCE + ": the kport jar is incomplete");
      }
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
