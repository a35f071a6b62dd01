package dev.kport.harness.report;

import dev.kport.harness.compare.Comparison;
import dev.kport.harness.run.CellResult;
import dev.kport.harness.run.Stage;
import dev.kport.harness.run.StageResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The words every report uses for a cell, so JUnit XML and Markdown name things alike. */
final class CellText {

  private CellText() {}

  /** A stage that did not end well, with what it said. */
  record Problem(Stage stage, String status, String text) {
    String title() {
      return ResultsDocument.stageKey(stage) + ": " + status;
    }
  }

  /**
   * The column a cell belongs to: its backend, or backend and device name when the run saw that
   * backend on more than one device (two OpenCL platforms), so no two columns share a label.
   */
  static String column(CellResult cell, List<CellResult> all) {
    long devices = all.stream().filter(c -> c.backend().equals(cell.backend())).map(CellResult::device)
        .distinct().count();
    return devices > 1 ? cell.backend() + " (" + cell.device() + ")" : cell.backend();
  }

  /** {@code saxpy[small] on opencl}: how CI lists a cell. */
  static String caseName(CellResult cell, List<CellResult> all) {
    return cell.kernel() + "[" + cell.size() + "] on " + column(cell, all);
  }

  /** One line per output: {@code y: 3 of 1000 elements differ (0.3%); worst at ...}. */
  static List<String> outputSummaries(CellResult cell) {
    List<String> lines = new ArrayList<>();
    for (Map.Entry<String, Comparison> e : cell.comparisons().entrySet()) {
      lines.add(e.getKey() + ": " + e.getValue().summary());
    }
    return lines;
  }

  /** {@code [3] expected 3.0 got 3.5, [7] expected 7.0 got NaN}; empty when nothing differs. */
  static String firstMismatches(Comparison c) {
    return c.firstMismatches().stream()
        .map(e -> c.index(e.index()) + " expected " + c.value(e.expected()) + " got " + c.value(e.actual()))
        .collect(Collectors.joining(", "));
  }

  /** The stages that failed, crashed or were skipped, in stage order. */
  static List<Problem> problems(CellResult cell) {
    List<Problem> out = new ArrayList<>();
    cell.stages().forEach((stage, r) -> {
      if (!(r instanceof StageResult.Ok)) {
        out.add(new Problem(stage, ResultsDocument.status(r), r.text().strip()));
      }
    });
    return out;
  }

  /** Everything a failing cell has to say, as plain text: outputs, then each stage that went wrong. */
  static String details(CellResult cell) {
    StringBuilder s = new StringBuilder();
    for (Map.Entry<String, Comparison> e : cell.comparisons().entrySet()) {
      s.append(e.getKey()).append(": ").append(e.getValue().summary()).append('\n');
      String first = firstMismatches(e.getValue());
      if (!first.isEmpty()) {
        s.append("  first mismatches: ").append(first).append('\n');
      }
    }
    for (Problem p : problems(cell)) {
      s.append(p.title()).append(p.text().isEmpty() ? "" : "\n" + p.text()).append('\n');
    }
    return s.toString();
  }

  /**
   * Without terminal colour escapes ({@code ESC[1m}) and other control characters: compilers
   * colour their logs, and in a report the escapes are noise, or worse, unreadable XML.
   */
  static String printable(String s) {
    return s.replaceAll("\u001b\\[[0-9;]*[A-Za-z]", "").replaceAll("[\\p{Cntrl}&&[^\n\t]]", "");
  }

  /** One line: newlines and runs of spaces become one space. */
  static String oneLine(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }
}
