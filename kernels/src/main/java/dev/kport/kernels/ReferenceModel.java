package dev.kport.kernels;

/**
 * A plain-Java model of one built-in kernel (or of a whole multi-step spec).
 *
 * <p>The harness hands the model the spec's inputs exactly as it initialised them for the
 * device, and the model overwrites the output buffers with what a correct kernel computes.
 * Implementations are registered through {@code META-INF/services/dev.kport.kernels.ReferenceModel}
 * and found by {@link #name()}, which is what a spec's {@code check.reference} names.
 */
public interface ReferenceModel {

  /** The name a spec uses in {@code check: {reference: NAME}}. */
  String name();

  /** Computes the expected outputs in place, reading inputs and size variables from {@code data}. */
  void compute(ReferenceData data);
}
