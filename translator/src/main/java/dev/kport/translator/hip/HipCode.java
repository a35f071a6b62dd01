package dev.kport.translator.hip;

import dev.kport.translator.diag.Diagnostic;
import dev.kport.translator.diag.Diagnostic.Severity;

/**
 * The diagnostics of the HIP target, with their stable {@code KP3nnn} identifiers (the 3xxx range
 * of {@link dev.kport.translator.diag.Code}). Numbers are never reused.
 */
public enum HipCode {
  UNSUPPORTED_API("KP3001", Severity.WARNING, "HIP has no counterpart; rewrite this code by hand"),
  DEPRECATED_API("KP3002", Severity.NOTE, "HIP deprecates this call; it still compiles, but plan to replace it"),
  UNSUPPORTED_HEADER("KP3003", Severity.WARNING, "HIP has no counterpart to this header; remove the include"),
  LANE_MASK_DROPPED("KP3010", Severity.WARNING,
      "HIP 5.2 has no *_sync warp functions: the call acts on the whole wavefront (64 lanes on CDNA)"),
  INLINE_ASM("KP3020", Severity.WARNING, "inline PTX does not assemble for AMD GPUs; write it in C++ or use a HIP intrinsic"),
  WARP_WIDTH_LITERAL("KP3021", Severity.WARNING,
      "AMD wavefronts are 64 wide on CDNA (32 or 64 on RDNA): use warpSize instead of 32"),
  LANE_MASK_32_BIT("KP3022", Severity.WARNING,
      "a 32-bit lane mask covers half of a 64-wide wavefront; use a 64-bit mask (unsigned long long)"),
  BALLOT_IN_32_BITS("KP3023", Severity.WARNING,
      "a ballot has one bit per lane, 64 on CDNA: store it in an unsigned long long (and use __popcll, __ffsll)");

  private final String id;
  private final Severity severity;
  private final String hint;

  HipCode(String id, Severity severity, String hint) {
    this.id = id;
    this.severity = severity;
    this.hint = hint;
  }

  public String id() {
    return id;
  }

  public Severity severity() {
    return severity;
  }

  /** A diagnostic with this code's severity and hint. */
  public Diagnostic at(String file, int line, int column, String message) {
    return new Diagnostic(file, line, column, severity, id, message, hint);
  }
}
