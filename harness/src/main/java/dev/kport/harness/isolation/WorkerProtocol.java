package dev.kport.harness.isolation;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kport.harness.report.ResultsFormatException;
import dev.kport.harness.report.ResultsJson;
import dev.kport.harness.report.RunReport;
import dev.kport.harness.run.CellResult;
import dev.kport.harness.spec.SpecException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * What crosses between the run and a worker: one request line in; the cell's result framed by
 * marker lines out. Markers start with a control character, so a kernel's own printf output on
 * the same stdout is never taken for a result.
 */
public final class WorkerProtocol {

  static final String BEGIN = "\u0001kport-result-begin";
  static final String END = "\u0001kport-result-end";
  static final String SPEC_ERROR = "\u0001kport-spec-error ";

  private static final ObjectMapper JSON = new ObjectMapper();

  private WorkerProtocol() {}

  /**
   * One cell to run.
   *
   * @param spec the spec file, absolute
   * @param device the OpenCL device id, e.g. opencl:0:0, or the backend of a module cell: cuda or hip
   * @param golden a recording to check against, absolute, or null for the spec's reference
   * @param hipArchs the architectures a hip cell builds for (null for other cells)
   * @param variant a hand-written variants/NAME.cl to run instead of the translation, absolute, or null
   */
  public record Request(String spec, String size, String device, long timeBudgetMs, String golden,
      List<String> hipArchs, String variant) {

    /** A request for an OpenCL cell. */
    public Request(String spec, String size, String device, long timeBudgetMs, String golden) {
      this(spec, size, device, timeBudgetMs, golden, null, null);
    }

    /** A request for a CUDA or HIP cell. */
    public Request(String spec, String size, String device, long timeBudgetMs, String golden,
        List<String> hipArchs) {
      this(spec, size, device, timeBudgetMs, golden, hipArchs, null);
    }
  }

  /** A spec error found while running, sent back so the run stops on it as it would in process. */
  record SpecError(String file, int line, String key, String message) {}

  public static String encode(Request r) {
    try {
      return JSON.writeValueAsString(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Request decodeRequest(String line) throws IOException {
    return JSON.readValue(line, Request.class);
  }

  /** The lines a worker prints for a finished cell. */
  public static String encode(CellResult cell) {
    RunReport one = RunReport.of("worker", Instant.now(), List.of(), List.of(), List.of(cell));
    return BEGIN + "\n" + ResultsJson.toJson(one).strip() + "\n" + END;
  }

  static CellResult decodeCell(String json) throws ResultsFormatException {
    List<CellResult> cells = ResultsJson.fromJson(json, "worker").cells();
    if (cells.size() != 1) {
      throw new ResultsFormatException("worker: expected one cell, got " + cells.size());
    }
    return cells.get(0);
  }

  public static String encode(SpecException e) {
    try {
      return SPEC_ERROR + JSON.writeValueAsString(new SpecError(e.file().toString(), e.line(), e.key(), e.detail()));
    } catch (IOException x) {
      throw new UncheckedIOException(x);
    }
  }

  static SpecException decodeSpecError(String line) throws IOException {
    SpecError s = JSON.readValue(line.substring(SPEC_ERROR.length()), SpecError.class);
    return new SpecException(Path.of(s.file()), s.line(), s.key(), s.message());
  }
}
