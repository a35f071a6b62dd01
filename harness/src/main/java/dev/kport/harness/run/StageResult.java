package dev.kport.harness.run;

/** How one stage of one cell ended. */
public sealed interface StageResult {

  /** One line for people. */
  String text();

  record Ok(String text) implements StageResult {}

  /** The tool, compiler or driver said no; {@code text} is what it said. */
  record Failed(String text) implements StageResult {}

  /** Not attempted, and why. */
  record Skipped(String text) implements StageResult {}

  /** The worker died or hung. */
  record Crashed(String text) implements StageResult {}
}
