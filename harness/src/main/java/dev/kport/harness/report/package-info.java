/**
 * Turning cell results into what people and CI read: the plain-text table ({@link
 * dev.kport.harness.report.ResultTable}), and the files of a report folder ({@link
 * dev.kport.harness.report.ReportFolder}): results.json, the one versioned document per run that
 * every other report can be made from ({@link dev.kport.harness.report.RunReport}, {@link
 * dev.kport.harness.report.ResultsJson}, schema in results.schema.json beside these classes),
 * JUnit XML ({@link dev.kport.harness.report.JUnitXml}) and a Markdown job summary ({@link
 * dev.kport.harness.report.MarkdownSummary}); a self-contained HTML page with charts ({@link
 * dev.kport.harness.report.HtmlReport}, charts drawn as SVG by JFreeChart); and the merge of
 * several runs' results into one ({@link dev.kport.harness.report.ResultsMerge}). For {@code kport
 * translate}: the translator's diagnostics as JSON or SARIF 2.1.0 ({@link
 * dev.kport.harness.report.DiagnosticsJson}, {@link dev.kport.harness.report.DiagnosticsSarif}) and
 * its per-family counts ({@link dev.kport.harness.report.TranslationStatsReport}).
 *
 * <p>Depends on the run and compare packages and on the backends' data records ({@code
 * BackendProbe}, {@code DeviceInfo}); never on a backend's implementation or on the CLI, so
 * reports can be made again from results.json on a machine with no device at all.
 */
package dev.kport.harness.report;
