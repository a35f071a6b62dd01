package dev.kport.harness.run;

/** The outcome of a cell, as a CI job reads it. */
public enum Verdict {
  /** Outputs matched the reference. */
  PASS,
  /** Outputs differ from the reference. */
  MISMATCH,
  /** Outputs match, but the check proves little: expected outputs all zero, constant, or the inputs. */
  MISTRUSTED,
  /** A stage failed (translation, build, launch). */
  FAILED,
  /** The worker crashed or timed out. */
  CRASHED,
  /** Not run, with a reason (backend unavailable). */
  SKIPPED,
  /** The spec expects this failure ({@code expect} with {@code because}). */
  EXPECTED_FAILURE;

  /** Whether this cell makes {@code kport run}/{@code check} fail. */
  public boolean fails() {
    return this == MISMATCH || this == MISTRUSTED || this == FAILED || this == CRASHED;
  }
}
