package dev.kport.harness.run;

import dev.kport.harness.spec.ElementType;

/** A kernel argument resolved for one launch, in the order the kernel takes them. */
public sealed interface LaunchArg {

  /** A device buffer, by its current name (after swaps). */
  record Buffer(String name) implements LaunchArg {}

  /** A scalar converted to the parameter's type. */
  record Scalar(ElementType type, double value) implements LaunchArg {}

  /** A struct passed by value, packed by the layout the kernel interface gives (little-endian). */
  record Struct(byte[] bytes) implements LaunchArg {}

  /** Local memory of this many bytes ({@code extern __shared__}). */
  record LocalBytes(long bytes) implements LaunchArg {}

  /** A {@code __constant__}/{@code __device__} global, filled from the buffer of the same name. */
  record Symbol(String name, long bytes) implements LaunchArg {}
}
