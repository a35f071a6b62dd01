package dev.kport.harness.spec;

/**
 * A flat device array.
 *
 * @param count element count, an expression of size variables
 */
public record BufferSpec(String name, ElementType type, String count, Init init) {}
