package dev.kport.harness.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The files a run leaves in its report folder ({@code --report DIR}): results.json, from which
 * every other report can be made again, junit.xml for CI test views and summary.md for a job
 * summary.
 */
public final class ReportFolder {

  private ReportFolder() {}

  /** Writes every report of the run into {@code dir}, creating it; returns the files in the order written. */
  public static List<Path> write(RunReport report, Path dir) throws IOException {
    Path json = dir.resolve(ResultsJson.FILE_NAME);
    Path junit = dir.resolve(JUnitXml.FILE_NAME);
    Path markdown = dir.resolve(MarkdownSummary.FILE_NAME);
    ResultsJson.write(report, json);
    JUnitXml.write(report, junit);
    MarkdownSummary.write(report, markdown);
    return List.of(json, junit, markdown);
  }
}
