package dev.kport.translator.iface;

import java.util.List;

/**
 * How a struct passed by value lies in memory, as the OpenCL kernel (and CUDA) reads it: its
 * size, and each field's name, type and byte offset, padding included. The harness packs the
 * spec's field values by it; nothing else guesses a layout.
 */
public record StructLayout(long bytes, List<Field> fields) {

  public StructLayout {
    fields = List.copyOf(fields);
  }

  /** One field; {@code type} is a built-in scalar or vector type ({@code float}, {@code int2}). */
  public record Field(String name, String type, long offset) {}
}
