package dev.kport.harness.report;

/** The HTML report's style sheet, kept apart so the page's structure reads without it. */
final class HtmlStyle {

  private HtmlStyle() {}

  // status colours match the Markdown summary's marks: green pass, red failures, grey skips,
  // amber for failures the spec expects
  static final String CSS = """
      body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", "DejaVu Sans", sans-serif;
             margin: 24px auto; max-width: 1200px; padding: 0 16px; color: #1b1f24; }
      h1 { font-size: 24px; margin: 0 0 4px; padding-left: 10px; border-left: 6px solid; }
      h1.passed { border-color: #1a7f37; }
      h1.failed { border-color: #cf222e; }
      h2 { font-size: 18px; margin: 28px 0 8px; border-bottom: 1px solid #d0d7de; }
      code, pre { font-family: "DejaVu Sans Mono", ui-monospace, monospace; font-size: 12px; }
      .run { color: #57606a; margin: 0 0 6px; }
      table { border-collapse: collapse; width: 100%; }
      th, td { border: 1px solid #d0d7de; padding: 4px 8px; text-align: left; vertical-align: top; }
      th { background: #f6f8fa; }
      tbody tr:nth-child(even) { background: #fafbfc; }
      td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
      td ul { margin: 0; padding-left: 16px; }
      td.reason { overflow-wrap: anywhere; min-width: 24em; }
      td.device { min-width: 12em; }
      .status { display: inline-block; min-width: 64px; padding: 1px 6px; border-radius: 10px;
                color: #fff; font-weight: 600; font-size: 12px; text-align: center; white-space: nowrap; }
      .status.pass { background: #1a7f37; }
      .status.mismatch, .status.failed { background: #cf222e; }
      .status.mistrusted { background: #bc4c00; }
      .status.crashed { background: #82071e; }
      .status.skipped { background: #6e7781; }
      .status.expected_failure { background: #9a6700; }
      .state.available { color: #1a7f37; font-weight: 600; }
      .state.unavailable { color: #cf222e; font-weight: 600; }
      .note { color: #57606a; font-style: italic; padding: 8px 12px; background: #f6f8fa; }
      figure.chart { margin: 0; }
      figure.chart svg { max-width: 100%; height: auto; }
      details { margin-top: 4px; }
      summary { cursor: pointer; color: #0969da; }
      pre { white-space: pre-wrap; background: #f6f8fa; padding: 6px; max-height: 24em; overflow: auto; }
      """;
}
