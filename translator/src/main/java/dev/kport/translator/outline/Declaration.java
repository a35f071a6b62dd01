package dev.kport.translator.outline;

import java.util.List;
import java.util.Set;

/** What a top-level declaration item declares, as far as the token outline can tell. */
public sealed interface Declaration {

  Item item();

  /** The identifiers written before the declarator: {@code __global__}, {@code static}, {@code float}... */
  Set<String> words();

  /** Whether it starts with {@code template <...>}. */
  boolean template();

  /**
   * A function definition ({@code bodyOpen >= 0}) or prototype.
   *
   * @param nameIndex the token of the function's name
   * @param paramsOpen the token of the parameter list's {@code (}
   * @param paramsClose its {@code )}
   * @param bodyOpen the body's {@code {}, or -1 for a prototype
   * @param bodyClose the body's {@code }}, or -1
   */
  record Function(Item item, Set<String> words, boolean template, String name, int nameIndex, int paramsOpen,
      int paramsClose, int bodyOpen, int bodyClose, List<Parameter> params) implements Declaration {

    public boolean isKernel() {
      return words.contains("__global__");
    }

    /** {@code __device__} (also with {@code __host__}) and not a kernel: code that runs on the device. */
    public boolean isDevice() {
      return words.contains("__device__") && !isKernel();
    }

    public boolean hasBody() {
      return bodyOpen >= 0;
    }
  }

  /** A struct, union, class, enum or typedef; {@code names} are the type names and enum constants it declares. */
  record Type(Item item, Set<String> words, boolean template, Set<String> names) implements Declaration {}

  /** A variable at file scope: a host global, or a {@code __device__}/{@code __constant__} one. */
  record Variable(Item item, Set<String> words, boolean template, Set<String> names) implements Declaration {}

  /** Anything else: namespaces, using-declarations, static_assert, what the outline cannot place. */
  record Other(Item item, Set<String> words, boolean template, String what) implements Declaration {}
}
